"""The leaders' static web site (`cchc site`).

    data          the numbers each page shows (from the same views as `cchc status`)
    git_history   the trend: the repository's past states, read from git objects
    report_files  reports written by `cchc report`, to link from each agency's page
    pages/        the HTML, SVG charts and style sheet
"""
