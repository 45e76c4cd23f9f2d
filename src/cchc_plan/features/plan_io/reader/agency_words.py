"""The words agency cells are read with: what a name starts with, what ends
it, what makes it a recipient, a person's title, the level words of an issuer
and what makes a phrase name several agencies. Generic Vietnamese
administrative wording, nothing of one district."""

from __future__ import annotations

IGNORED = frozenset({"cac", "va"})
"""Words left out on both sides: "UBND các xã" is "UBND xã"; "Văn hóa và Thông tin"."""
TIERS = {("tinh",): "tinh", ("huyen",): "huyen", ("thi", "xa"): "huyen", ("thanh", "pho"): "huyen",
         ("quan",): "huyen", ("xa",): "xa", ("phuong",): "xa", ("thi", "tran"): "xa"}
"""The level words of an issuer ("UBND thành phố Pleiku"), folded, and the tier
(the `level` of the registry's agencies) each belongs to."""


def trailing_for(unit: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Words the cell may add or leave out after a name, for an issuer of the
    level `unit`: "Phòng Nội vụ (huyện)", "Phòng Văn hóa và Thông tin Thành phố",
    "các cơ quan chuyên môn (cấp huyện)", "… thuộc UBND thị xã"."""
    return (("thuoc", "ubnd", *unit), ("thuoc", *unit), ("cap", *unit), unit)


TRAILING = trailing_for(("huyen",))
TITLES = (("thu", "truong"), ("chu", "tich"), ("lanh", "dao"), ("nguoi", "dung", "dau"),
          ("giam", "doc"), ("truong", "phong"), ("chanh", "van", "phong"))
"""A person's title before an agency's name: the agency is meant."""
HEADS = tuple(tuple(head.split()) for head in (
    "phòng", "văn phòng", "ubnd", "ủy ban", "uỷ ban", "trung tâm", "ban", "sở", "chi cục", "cục",
    "công an", "đội", "hội", "đoàn", "bưu điện", "thanh tra", "kho bạc", "ngân hàng",
    "bảo hiểm", "bhxh", "đài", "viện", "tòa án", "toà án", "huyện đoàn", "mặt trận",
    "liên đoàn", "hạt", "chi nhánh", "công ty", "trường", "bệnh viện", "cơ quan", "đơn vị",
    "phòng ban", "bộ phận", "vp", "p"))
"""Words an agency's name starts with, in Vietnamese administrations generally
(with diacritics: "dõi" of "theo dõi" is not "đội")."""
GENERIC = frozenset({("co", "quan"), ("don", "vi"), ("phong", "ban"), ("phong",), ("ban",),
                     ("co", "quan", "don", "vi"), ("phong", "ban", "don", "vi")})
"""A head alone is a name only after "các" ("các phòng ban"): "Đơn vị được giao …"
speaks of whoever it is."""
OBJECT_CUES = (("trinh",), ("gui",), ("bao", "cao"), ("ve",), ("qua",), ("cua",), ("cho",),
               ("den",), ("len",))
"""Words before a name that make it a recipient, not an executor."""
STOPS = frozenset({"chu", "phoi", "thuc", "theo", "tham", "huong", "co", "duoc", "trong",
                   "de", "tai", "ve", "khi", "neu", "dam", "tien", "xay", "to", "tong",
                   "phe", "trinh", "gui", "bao", "cap", "ra", "rieng", "lien", "thuong",
                   "doi", "voi", "nhung", "sau", "truoc", "hang", "dinh", "can", "phai"})
"""Words that end an unknown name ("Công an huyện phối hợp …" is "Công an huyện")."""


OTHER_LEVELS = (("tinh",), ("trung", "uong"), ("thanh", "pho"), ("huyen",), ("thi", "xa"))
"""Words after a name that make it another administration's agency (unless
they are the issuer's own level word)."""

GROUP_WORDS = tuple(tuple(w.split()) for w in (
    "cơ quan", "đơn vị", "phòng", "ban", "sở", "ngành", "địa phương", "xã", "phường",
    "thị trấn", "huyện", "thôn", "tổ dân phố", "công chức", "bộ phận", "trường", "trung tâm",
    "đoàn thể", "hội", "tổ chức", "doanh nghiệp"))
"""What "các" before them makes several: a group, not one agency."""
LISTED_GROUP_WORDS = tuple(tuple(w.split()) for w in (
    "địa phương", "đơn vị", "cơ quan", "ngành", "đoàn thể", "xã", "phường", "thị trấn", "thôn",
    "tổ dân phố", "cấp xã", "cấp huyện", "cấp tỉnh"))
"""...and what names several even without "các", listed after a comma."""

LISTED = (("thi", "tran"), ("phuong",), ("xa",), ("don", "vi"), ("ban",), ("nganh",),
          ("doan", "the"))
"""Words a name goes on with after a comma: "UBND các xã, thị trấn", "các sở, ban, ngành"."""
