"""The fourth stage: deadlines and status.

`compute_status(project, as_of)` gives every obligation with its due date and
status; `vocabulary` owns the status codes everything else derives from.
"""
