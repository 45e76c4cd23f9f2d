"""The first two stages: read the repository's YAML safely (`yamlio`,
`builder`) and build the pydantic models (`models`) into a `Project`."""
