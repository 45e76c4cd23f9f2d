"""The fourth stage: deadlines and status.

`stream.StatusStream` works each agency's obligations out where its file is
read (what the commands use); `obligations.compute_status(project, as_of)`
gives every obligation of a fully loaded project, with its due date and
status; `vocabulary` owns the status codes everything else derives from.
"""
