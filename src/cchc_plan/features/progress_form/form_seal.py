"""The seal of a progress form: which agency it was made for, and by whom.

The hidden `cchc` sheet carries the form's identity (agency, plan, plan
fingerprint, as-of date, the row table); the seal is HMAC-SHA256 over it under
a 32-byte key that only the coordinator's computer holds: `form-key` beside
the cache's key (`load.cache.key_dir`: $XDG_CACHE_HOME/cchc, ~/.cache/cchc, or
%LOCALAPPDATA%\\cchc on Windows), made on the first export, never in the
repository.

What the seal proves: the form was made by cchc on a computer holding this
key (the coordinator's), for this agency, this plan and these rows; the
hidden metadata was not edited since. A form can therefore write only the
agency file it was made for: an agency that edits the hidden sheet to name
another agency breaks the seal, and cannot make a new one without the key.

What it does not prove: who filled the form or sent it back (the e-mail's
business), that the visible values are true (they are checked cell by cell
like any input), or anything once the key has been copied off the
coordinator's computer. Forms sealed on another computer (or before the key
was lost or remade) do not verify there: export them again.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Literal

from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import msg
from cchc_plan.load.cache import secret

KEY_FILE = "form-key"
DOMAIN = "cchc-progress-form-seal-1"
"""Bound into every seal, so that the key's MAC of anything else is never a seal."""
_LEGACY = re.compile(r"^[0-9a-f]{16}$")

Verdict = Literal["sound", "legacy", "forged"]


def seal_key() -> bytes:
    """The coordinator's sealing key, made on first use; InputError when there is
    no safe place for it."""
    key = secret(KEY_FILE)
    if key is None:
        raise InputError(msg("form-seal.no-key"), msg("hint.form-seal-key"))
    return key


def seal(values: list[str], key: bytes) -> str:
    """HMAC-SHA256 of the metadata values, hex."""
    data = "\x1f".join([DOMAIN, *values]).encode("utf-8")
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def verify(values: list[str], found: str, key: bytes) -> Verdict:
    """Whether `found` is this key's seal of `values`; "legacy" for the unkeyed
    digest forms carried before issue 25 (refused too: anyone could make one)."""
    if hmac.compare_digest(seal(values, key), found):
        return "sound"
    if _LEGACY.match(found):
        return "legacy"
    return "forged"
