"""The first two stages: everything that reads the repository, and the models.

    inputs, layout, limits    which files a run reads, found and read once, within bounds
    yamlio, builder, numbers  YAML text to plain data, safely, with every value's place
    models/, reader, project  the pydantic models of the plan, registry and agency files
    pydantic_problems         model errors as problems at their place, with a did-you-mean
    directory                 agency lookup by id, name or alias; groups expanded
    cache                     the signed content-hash cache under `.cchc-cache/`
    git, holidays, schema     git as a hardened program; the days off; JSON Schemas for editors
    git_history               agency files as committed on past days (trend, submissions)
    office_zip                an Office package from outside (form, plan) checked before parsing

Nothing here writes into the repository except the cache; documents from outside
the repository (returned forms, imported plans) are read by their features, after
the one package check both share (office_zip)."""
