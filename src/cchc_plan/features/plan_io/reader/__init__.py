"""Reading a plan out of a Word or Excel file (`cchc plan import`): the file's
tables, the appendix's logical rows, agency names and deadline phrases, into a
draft plan with a review note on every guess. `importer.import_plan` runs it;
python-docx's lxml and openpyxl are imported only here, for that command."""
