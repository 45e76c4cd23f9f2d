"""Bounds on one input file, so that no file can hang or exhaust cchc."""

MAX_FILE_BYTES = 16 * 1024 * 1024  # a national registry (28,000 agencies) is about 5 MiB
MAX_DEPTH = 64
MAX_ALIASES = 1_000
MAX_NODES = 1_000_000
MAX_STRING = 100_000
