"""cchc: administrative-reform plans as validated YAML, deadlines and reports."""

__version__ = "0.1.0"
