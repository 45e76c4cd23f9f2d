"""The first stage's ground: what every stage shares and nothing that knows a
plan — problems, messages and their catalog, dates, names, errors, writes."""
