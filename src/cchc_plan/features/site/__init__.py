"""The leaders' static web site (`cchc site`); its trend reads the repository's
past states through `load.git_history`.

    data          the numbers each page shows (from the same views as `cchc status`)
    report_files  reports written by `cchc report`, to link from each agency's page
    pages/        the HTML, SVG charts and style sheet
"""
