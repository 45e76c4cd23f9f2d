"""A plan between Word/Excel and YAML: `cchc plan import`, `cchc plan export`,
`cchc deadline parse`.

    reader/       reading a document's tables into a draft plan with review notes
    plan_table    the plan as the appendix's rows (for export)
    plan_docx     writing the appendix as a Word document, records embedded
    plan_yaml     writing the draft plan's YAML, with comments for every review note
    plan_summary  what an import found, for the terminal
    api           the library entry points the command line calls
"""
