"""Paths in what cchc prints: the platform's separator for people, '/' for
machines.

A problem names its file as cchc found it: `assignments/phong-noi-vu.yaml`
below the repository, or a form as the user typed it. On Windows a person
reads (and copies into Explorer) `assignments\\phong-noi-vu.yaml`; GitHub,
GitLab and JSON readers want `/` on every platform. The separator is read at
each call from `SEP`, so tests give it Windows' value on any platform.
"""

from __future__ import annotations

import os

SEP = os.sep
"""The platform's separator (tests set it to a backslash)."""


def for_people(path: str, sep: str | None = None) -> str:
    """The path with the platform's separator (unchanged where it is '/')."""
    sep = SEP if sep is None else sep
    return path if sep == "/" else path.replace("/", sep)


def for_machines(path: str, sep: str | None = None) -> str:
    """The path with '/' whatever the platform (a backslash is an ordinary
    character of a name on POSIX and is kept there)."""
    sep = SEP if sep is None else sep
    return path if sep == "/" else path.replace(sep, "/")
