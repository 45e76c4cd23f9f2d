"""Header rows of real plans (issue 26.7): the usual words in any order, and the
column taken when two could be the deadline."""

from __future__ import annotations

import pytest

from cchc_plan.features.plan_io.reader.grid import GridCell
from cchc_plan.features.plan_io.reader.header import assign_columns

HEADERS = [
    # (labels in the table's order, the deadline column's label, the other candidates)
    (["STT", "Nội dung nhiệm vụ", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp",
      "Thời gian thực hiện", "Sản phẩm", "Ghi chú"], "Thời gian thực hiện", ()),
    (["TT", "Nhiệm vụ", "Tiến độ", "Đơn vị thực hiện", "Phối hợp", "Kết quả/sản phẩm"],
     "Tiến độ", ()),
    (["Số TT", "Công việc", "Thời hạn hoàn thành", "Chủ trì", "Phối hợp thực hiện", "Ghi chú"],
     "Thời hạn hoàn thành", ()),
    (["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian bắt đầu",
      "Thời gian hoàn thành"], "Thời gian hoàn thành", ("Thời gian bắt đầu",)),
    (["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Số ngày trước ngày bầu cử",
      "Ngày chậm nhất phải hoàn thành"], "Ngày chậm nhất phải hoàn thành",
     ("Số ngày trước ngày bầu cử",)),
    (["STT", "Nhiệm vụ, giải pháp", "Sản phẩm đầu ra", "Cơ quan chủ trì", "Cơ quan phối hợp",
      "Mốc thời gian hoàn thành", "Ghi chú"], "Mốc thời gian hoàn thành", ()),
    (["TT", "Nội dung", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp", "Thời gian"],
     "Thời gian", ()),
    (["STT", "Nội dung", "Thời gian triển khai", "Cơ quan chủ trì", "Hạn chót"], "Hạn chót",
     ("Thời gian triển khai",)),
]


@pytest.mark.parametrize(("labels", "deadline", "others"), HEADERS)
def test_usual_headers_in_any_order(labels: list[str], deadline: str,
                                    others: tuple[str, ...]) -> None:
    header = assign_columns([(GridCell(i, 1, label), label) for i, label in enumerate(labels)])
    taken = {column: labels[first] for column, (first, _) in header.ranges.items()}
    assert taken["deadline"] == deadline
    assert header.others == others
    assert {"number", "task", "lead"} <= set(taken)
    assert "chủ trì" in taken["lead"].lower() or "thực hiện" in taken["lead"].lower()
