"""Whole workflows that cut across the pipeline's stages, one package each.

    progress_form  the Excel progress form: export, read back, merge into an agency file
    plan_io        a plan from Word/Excel into YAML (`cchc plan import`) and back (`export`)
    site           the leaders' static web site (`cchc site`)

A feature sits above `render` and below `app`: it uses every stage it needs and
nothing of another feature (tests/arch/test_layers.py holds both rules). "Add a
column to the form" is a change inside `progress_form` only.
"""
