"""The fifth stage: the engine's obligations shaped for one use each (status
rows, report data, calendar entries, scaffolds) — numbers, never words."""
