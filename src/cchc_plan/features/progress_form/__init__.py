"""The Excel progress form (`cchc form export | import`), the whole round trip.

    rows          what a form shows for one agency (tasks, periods, what its file says)
    form_layout   the columns, sheets and sealed metadata both sides agree on
    form_xlsx     writing the workbook
    workbook      opening a returned workbook as untrusted input (zip checks, bounds)
    form_input    reading the officer's cells back into values, with cell-named problems
    form_merge    comparing what came back with what the form was made from
    form_import   the merged agency file, checked with the repository's own checks
    yaml_edit     writing the merge into the agency's YAML, keeping comments and style
    form_report   the import summary for the terminal
"""
