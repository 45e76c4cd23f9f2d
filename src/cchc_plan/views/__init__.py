"""The fifth stage: the engine's obligations shaped for one use each (status
rows, report data, calendar entries, scaffolds, the reminder's addressees) —
numbers and names, never sentences: every word a reader sees is the renderers'."""
