"""Agency names in a lead or coordinating cell, resolved against the registry.

A cell is prose: "Văn phòng HĐND-UBND huyện chủ trì theo dõi đôn đốc",
"Các phòng ban, đơn vị, UBND các xã, thị trấn thực hiện …". It is cut into
words (folded: any case, diacritics or none) and, at each word, the longest
name or alias of an agency or group that matches there is taken. Matching
forgives what officers vary: "các" and "và" anywhere, punctuation between words
("HĐND-UBND", "phòng ban, đơn vị"), a trailing "huyện", a person's title before
the name ("Chủ tịch UBND …"), abbreviations in capitals that stand for the
initials of the registry's words ("VP" for Văn phòng, "VH-TT" for Văn hóa -
Thông tin, "HĐND" for Hội đồng nhân dân, either way round) and "P." for Phòng.

What is left over and begins like the name of an agency ("Phòng …", "Trung tâm
…", "Công an …") is a name the registry does not know: it is kept, never dropped,
with a proposed registry entry. A name right after "trình", "gửi", "báo cáo",
"qua" … is whom something goes to, not who does it: it is set aside with a note.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from cchc_plan.core.text import fold, slug
from cchc_plan.features.plan_io.reader.agency_words import (
    GENERIC,
    GROUP_WORDS,
    HEADS,
    IGNORED,
    LISTED,
    LISTED_GROUP_WORDS,
    OBJECT_CUES,
    OTHER_LEVELS,
    STOPS,
    TIERS,
    TITLES,
    TRAILING,
    trailing_for,
)
from cchc_plan.load.models import AgencyRegistry

_TOKEN = re.compile(r"[^\W_]+|[,;()\n.:]", re.UNICODE)
_UPPER = re.compile(r"[A-ZĐ]{2,8}")


@dataclass(frozen=True)
class Token:
    word: str
    """Folded; "" for a separator."""
    raw: str
    start: int
    end: int

    @property
    def acronym(self) -> bool:
        return bool(_UPPER.fullmatch(self.raw))

    def spells(self, word: str) -> bool:
        """The token is `word` (Vietnamese, lower case); without diacritics when
        the text has none at all."""
        lower = self.raw.lower()
        return lower == word or (lower.isascii() and self.word == fold(word))


@dataclass(frozen=True)
class Mention:
    """One agency a cell names: resolved (`ident`) or unknown (`proposal`), or set
    aside as a recipient (`recipient`)."""

    text: str
    ident: str | None = None
    proposal: dict[str, str] | None = None
    recipient: bool = False
    aside: bool = False
    """An unknown name in brackets: an explanation, kept out of the lists (with a note)."""
    close: tuple[str, ...] = ()
    """Registry ids whose names are close to an unknown name's."""
    group: bool = False
    """An unknown name of several ("Các đơn vị sự nghiệp công lập"): a group the
    registry lacks, never proposed as one agency."""


@dataclass(frozen=True)
class _Name:
    ident: str
    words: tuple[str, ...]
    acronyms: tuple[bool, ...]


@dataclass
class AgencyMatcher:
    names: list[_Name] = field(default_factory=list)
    levels: dict[str, str] = field(default_factory=dict)
    """"xa" / "huyen" (the words of a cell) -> the registry's own level values
    ("xa", "cap-xa", "Cấp xã": the last word of the level, folded)."""
    kinds: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    """The registry's ids: a proposed id never takes one (it would resolve silently)."""
    groups: set[str] = field(default_factory=set)
    unit: tuple[str, ...] = ("huyen",)
    """The issuer's level word, folded: part of names ("Phòng Nội vụ thành phố"),
    never another administration's."""

    @property
    def trailing(self) -> tuple[tuple[str, ...], ...]:
        return trailing_for(self.unit)

    @classmethod
    def build(cls, registry: AgencyRegistry | None, unit: str = "huyện") -> AgencyMatcher:
        matcher = cls(unit=tuple(fold(unit).split()) or ("huyen",))
        if registry is None:
            return matcher
        entries = [*registry.agencies, *registry.groups]
        matcher.groups = {group.id for group in registry.groups}
        for entry in entries:
            matcher.ids.add(entry.id)
            for name in (entry.name, *entry.aliases):
                matcher.add(entry.id, name)
        for agency in registry.agencies:
            if agency.level and fold(agency.level):
                matcher.levels.setdefault(fold(agency.level).split()[-1], agency.level)
            if agency.kind:
                matcher.kinds.add(agency.kind)
        return matcher

    def add(self, ident: str, name: str) -> None:
        tokens = [t for t in tokenize(name) if t.word and t.word not in IGNORED]
        words = tuple(t.word for t in tokens)
        flags = tuple(t.acronym for t in tokens)
        if not words:
            return
        self.names.append(_Name(ident, words, flags))
        for tail in self.trailing:
            if words[-len(tail):] == tail and len(words) - len(tail) >= 2:
                self.names.append(_Name(ident, words[:-len(tail)], flags[:-len(tail)]))
                break

    def level(self, word: str) -> str | None:
        """The registry's level for "xa" or "huyen", if it has one spelt so."""
        return self.levels.get(word)

    def mentions(self, text: str) -> list[Mention]:
        """Every agency the cell names, in order, each once."""
        tokens = tokenize(text)
        found: list[Mention] = []
        index = 0
        while index < len(tokens):
            step, mention = self._mention_at(text, tokens, index)
            if mention is None and found and listed_group(tokens, index):
                end = unknown_end(tokens, index)  # "Các cơ quan, đơn vị, địa phương"
                name = span_text(text, tokens, index, end)
                step, mention = end - index, Mention(name[:1].upper() + name[1:], group=True)
            if mention is not None and mention_key(mention) not in map(mention_key, found):
                found.append(mention)
            index += step
        return found

    def _mention_at(self, text: str, tokens: Sequence[Token], index: int
                    ) -> tuple[int, Mention | None]:
        if not tokens[index].word or tokens[index].word in IGNORED:
            return 1, None
        start = skip_title(tokens, index)
        recipient = follows(tokens, index, OBJECT_CUES)
        match = self.longest(tokens, start)
        if match is not None and other_level(tokens, match[1], self.unit):
            match = None  # "Thanh tra tỉnh" is not the district's Thanh tra (huyện)
        if match is not None:
            ident, end = match
            end = take_trailing(tokens, end, self.trailing)
            return end - index, Mention(span_text(text, tokens, start, end), ident,
                                        recipient=recipient)
        after_cac = start > 0 and tokens[start - 1].word == "cac"
        plural = after_cac and any(spelled(tokens, start, w) for w in GROUP_WORDS)
        unknown = self._unknown_end(tokens, start)
        if unknown is None and not plural:
            return max(start - index, 1), None
        end = unknown if unknown is not None else unknown_end(tokens, start)
        first = start - 1 if after_cac else start
        name = span_text(text, tokens, first, end)
        name = name[:1].upper() + name[1:]
        if recipient or in_brackets(tokens, start):
            return end - index, Mention(name, recipient=recipient, aside=not recipient)
        several = start + 1 < end and tokens[start + 1].word == "cac"  # "UBND các xã"
        if plural or (several and self.ids):
            return end - index, Mention(name, group=True)
        return end - index, Mention(name, proposal=self.propose(name), close=self.close(name))

    def _unknown_end(self, tokens: Sequence[Token], start: int) -> int | None:
        """Where an unknown agency's name that starts at `start` ends, if one does:
        it starts like a name, with a capital or after "các", and is more than a
        bare "đơn vị" unless "các" comes before it."""
        head = next((h for h in HEADS if spelled(tokens, start, h)), None)
        if head is None:
            return None
        after_cac = start > 0 and tokens[start - 1].word == "cac"
        if head == ("p",) and not (start + 1 < len(tokens) and tokens[start + 1].raw == "."):
            return None  # "P." for Phòng, not any "p"
        capitals = any(t.raw[:1].isupper() for t in tokens)
        if capitals and not (tokens[start].raw[:1].isupper() or after_cac):
            return None  # lower case in a cell that has capitals: not a name
        end = unknown_end(tokens, start)
        words = tuple(t.word for t in tokens[start:end] if t.word)
        if words in GENERIC and not after_cac:
            return None
        return end

    def close(self, name: str) -> tuple[str, ...]:
        """Registry ids whose names look like `name`, best first."""
        folded = fold(name)
        by_name = {" ".join(n.words): n.ident for n in self.names if n.ident not in self.groups}
        near = difflib.get_close_matches(folded, list(by_name), n=3, cutoff=0.75)
        return tuple(dict.fromkeys(by_name[n] for n in near))

    def longest(self, tokens: Sequence[Token], start: int) -> tuple[str, int] | None:
        """(id, end) of the longest registry name matching from `start`."""
        best: tuple[str, int] | None = None
        for name in self.names:
            end = align(name, tokens, start)
            if end is not None and (best is None or end > best[1]):
                best = (name.ident, end)
        return best

    def propose(self, name: str) -> dict[str, str]:
        """A registry entry for a name the registry lacks: id, name, and kind and
        level where the name's words say them."""
        words = tuple(fold(name).split())
        bare = " ".join(w for w in name.split() if fold(w) not in IGNORED)
        ident = base = slug(bare) or "co-quan"
        number = 1
        while ident in self.ids:
            number += 1
            ident = f"{base}-{number}"
        proposal = {"id": ident, "name": name}
        commune = bool({"xa", "phuong"} & set(words)) or "thi tran" in " ".join(words)
        kind = ("ubnd-xa" if commune and words[:1] in (("ubnd",), ("uy",))
                else "phong" if words[:1] == ("phong",) else "khac")
        if not self.kinds or kind in self.kinds:
            proposal["kind"] = kind
        own = TIERS.get(self.unit, "huyen")
        word = "xa" if commune and own != "xa" else own
        level = self.level(word) if self.levels else word
        if level:
            proposal["level"] = level
        return proposal


def tokenize(text: str) -> list[Token]:
    """Words (folded) and the separators between names; "và" kept as a word."""
    tokens = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        word = fold(raw) if raw[0].isalnum() else ""
        if raw[0].isalnum() and not word:
            continue
        tokens.append(Token(word, raw, m.start(), m.end()))
    return tokens


def span_text(text: str, tokens: Sequence[Token], start: int, end: int) -> str:
    words = [t for t in tokens[start:end] if t.word]
    if not words:
        return ""
    return " ".join(text[words[0].start:words[-1].end].split()).strip(" ,;.:")


def matching(tokens: Sequence[Token], index: int) -> Iterator[int]:
    """Positions of the words from `index` on, skipping separators and ignored words."""
    for position in range(index, len(tokens)):
        token = tokens[position]
        if token.word and token.word not in IGNORED:
            yield position
        elif not token.word and token.raw in "\n;()":
            return  # a name does not run on over a line, a ';' or a bracket


def align(name: _Name, tokens: Sequence[Token], start: int) -> int | None:
    """The end (exclusive) of `name` matched from `start`, or None."""
    positions = list(matching(tokens, start))
    if not positions or positions[0] != start:
        return None
    end = _align(name, 0, tokens, positions, 0)
    if end is None:
        return None
    own = {tokens[p].word for p in positions if p < end}
    return end if own & set(name.words) else None  # not acronyms alone ("TT" of "TT-VPCP")


def _align(name: _Name, i: int, tokens: Sequence[Token], positions: list[int],
           j: int) -> int | None:
    if i == len(name.words):
        return positions[j - 1] + 1 if j else None
    if j == len(positions):
        return None
    word, token = name.words[i], tokens[positions[j]]
    if word == token.word or (token.word == "p" and word == "phong"):
        found = _align(name, i + 1, tokens, positions, j + 1)
        if found is not None:
            return found
    if token.acronym and len(token.word) >= 2:
        for k in range(2, len(name.words) - i + 1):
            if "".join(w[0] for w in name.words[i:i + k]) == token.word:
                found = _align(name, i + k, tokens, positions, j + 1)
                if found is not None:
                    return found
    if name.acronyms[i] and len(word) >= 2:
        for k in range(2, len(positions) - j + 1):
            if "".join(tokens[p].word[0] for p in positions[j:j + k]) == word:
                found = _align(name, i + 1, tokens, positions, j + k)
                if found is not None:
                    return found
    return None


def words_at(tokens: Sequence[Token], index: int, count: int) -> tuple[str, ...]:
    return tuple(t.word for t in tokens[index:index + count])


def skip_title(tokens: Sequence[Token], index: int) -> int:
    """Past a person's title ("Thủ trưởng các …") to where the agency's name starts."""
    for title in TITLES:
        if words_at(tokens, index, len(title)) == title:
            index += len(title)
            while index < len(tokens) and tokens[index].word in IGNORED:
                index += 1
            return index
    return index


def follows(tokens: Sequence[Token], index: int, cues: Sequence[tuple[str, ...]]) -> bool:
    """Whether the words right before `index` are one of `cues`."""
    before = [t.word for t in tokens[:index] if t.word not in IGNORED]
    return any(tuple(before[-len(cue):]) == cue for cue in cues if len(before) >= len(cue))


def other_level(tokens: Sequence[Token], end: int, unit: tuple[str, ...] = ("huyen",)) -> bool:
    return any(words_at(tokens, end, len(w)) == w for w in OTHER_LEVELS if w != unit)


def take_trailing(tokens: Sequence[Token], end: int,
                  trailing: Sequence[tuple[str, ...]] = TRAILING) -> int:
    for tail in trailing:
        if words_at(tokens, end, len(tail)) == tail:
            return end + len(tail)
    return end


def spelled(tokens: Sequence[Token], index: int, phrase: tuple[str, ...]) -> bool:
    """The words from `index` spell `phrase` (Vietnamese words, lower case)."""
    found = tokens[index:index + len(phrase)]
    return len(found) == len(phrase) and all(t.spells(w) for t, w in zip(found, phrase,
                                                                          strict=True))


def in_brackets(tokens: Sequence[Token], index: int) -> bool:
    depth = 0
    for token in tokens[:index]:
        depth += (token.raw == "(") - (token.raw == ")")
    return depth > 0


def mention_key(mention: Mention) -> str:
    if mention.ident:
        return mention.ident
    return mention.proposal["id"] if mention.proposal else fold(mention.text)


def listed_group(tokens: Sequence[Token], index: int) -> bool:
    """Words of several listed after a comma that no name took: "…, địa phương"."""
    return index > 0 and tokens[index - 1].raw == "," and \
        any(spelled(tokens, index, w) for w in LISTED_GROUP_WORDS)


def unknown_end(tokens: Sequence[Token], start: int) -> int:
    """Where an unknown name ends: a separator, "và", or a verb after two words."""
    end = start
    while end < len(tokens):
        token = tokens[end]
        if token.raw == "," and any(words_at(tokens, end + 1, len(w)) == w for w in LISTED):
            end += 1
            continue
        if token.raw == "." and end == start + 1 and tokens[start].word == "p":
            end += 1  # "P. Nội vụ"
            continue
        if token.word == "va" and end > start and tokens[end - 1].word == "hdnd" and \
                words_at(tokens, end + 1, 1) in (("ubnd",), ("uy",)):
            end += 1  # "Văn phòng HĐND và UBND …" is one office
            continue
        if not token.word or token.word == "va":
            break
        if end - start >= 2 and token.word in STOPS:
            break
        end += 1
    return max(end, start + 1)
