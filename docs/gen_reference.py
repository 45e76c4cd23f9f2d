"""Write the generated pages of the documentation site (docs/reference/*.md)
from the program itself, so that they cannot say something it does not:

    lenh.md, commands.md   every command's own `--help`, in Vietnamese and English
    truong.md, fields.md   every field of plan/appendix.yaml, plan/agencies.yaml and
                           assignments/<id>.yaml, from the JSON Schemas `cchc schema`
                           writes (titles, descriptions and examples from the catalog)

    python docs/gen_reference.py           # rewrite the pages
    python docs/gen_reference.py --check   # exit 1 if a committed page differs

tests/docs/test_docs_reference.py runs the check: change a help text or a model and
the test says to run this script. The help is taken by running each command
line (`cchc --lang en status --help`) in this process at a fixed width of 80
columns, through the click command tree typer builds (`typer.main.get_command`,
click's public `Group.list_commands`/`get_command`), so it is the text a user
sees.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import typer.main

from cchc_plan.cli import invoke
from cchc_plan.cli.root import app
from cchc_plan.load.schema import Kind, schema_for

Lang = Literal["vi", "en"]
REFERENCE = Path(__file__).resolve().parent / "reference"
WIDTH = "80"

COMMAND_PAGES: dict[Lang, tuple[str, str, str]] = {
    "vi": ("lenh.md", "Tham chiếu lệnh",
           "Trang này được sinh từ chính `--help` của từng lệnh (`python "
           "docs/gen_reference.py`); một bài kiểm thử báo lỗi khi trang và `--help` "
           "khác nhau. Bản tiếng Anh: [Command reference](commands.md)."),
    "en": ("commands.md", "Command reference",
           "This page is generated from each command's own `--help` (`python "
           "docs/gen_reference.py`, with `--lang en`); a test fails when the page and "
           "`--help` drift apart. Vietnamese: [Tham chiếu lệnh](lenh.md)."),
}
FIELD_PAGES: dict[Lang, tuple[str, str, str]] = {
    "vi": ("truong.md", "Các trường dữ liệu",
           "Mọi trường của ba loại tệp, sinh từ lược đồ JSON mà `cchc schema` ghi "
           "(`python docs/gen_reference.py`). Cách viết và ví dụ đầy đủ: "
           "[Định dạng kế hoạch](../plan-format.md). Bản tiếng Anh: [Fields](fields.md)."),
    "en": ("fields.md", "Fields of the data files",
           "Every field of the three kinds of file, generated from the JSON Schemas "
           "`cchc schema` writes (`python docs/gen_reference.py`). How they are written, "
           "with examples: [The plan files](../plan-format.md). Vietnamese: "
           "[Các trường dữ liệu](truong.md)."),
}
FILES: dict[Kind, str] = {
    "plan": "plan/appendix.yaml",
    "agencies": "plan/agencies.yaml",
    "assignment": "assignments/<id>.yaml",
}
WORDS: dict[Lang, dict[str, str]] = {
    "vi": {"field": "Trường", "type": "Kiểu", "required": "Bắt buộc", "meaning": "Ý nghĩa",
           "example": "Ví dụ", "yes": "có", "default": "mặc định", "top": "cấp đầu của tệp"},
    "en": {"field": "Field", "type": "Type", "required": "Required", "meaning": "Meaning",
           "example": "Example", "yes": "yes", "default": "default",
           "top": "top level of the file"},
}


def command_paths() -> list[list[str]]:
    """Every command and group of the `cchc` tree, the root first, in click's order."""
    root = app if hasattr(app, "params") else typer.main.get_command(app)  # click, or typer
    found: list[list[str]] = []

    def walk(command: Any, path: list[str]) -> None:
        found.append(path)
        if hasattr(command, "list_commands"):  # a click group (typer < 0.29 vendors click)
            context = command.context_class(command, info_name="cchc")
            for name in command.list_commands(context):
                sub = command.get_command(context, name)
                if sub is not None and not sub.hidden:
                    walk(sub, [*path, name])

    walk(root, [])
    return found


def help_text(path: list[str], lang: Lang) -> str:
    """What `cchc --lang <lang> <path> --help` prints."""
    out = io.StringIO()
    with _fixed_width(), contextlib.redirect_stdout(out):
        code = invoke(["--lang", lang, *path, "--help"])
    if code != 0:
        raise RuntimeError(f"cchc {' '.join(path)} --help exited {code}")
    return out.getvalue().rstrip() + "\n"


@contextlib.contextmanager
def _fixed_width() -> Iterator[None]:
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        yield
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


def command_page(lang: Lang) -> str:
    _, title, intro = COMMAND_PAGES[lang]
    parts = [f"# {title}\n\n{intro}\n"]
    for path in command_paths():
        name = " ".join(["cchc", *path])
        parts.append(f"## `{name}`\n\n```text\n{help_text(path, lang)}```\n")
    return "\n".join(parts)


def field_page(lang: Lang) -> str:
    _, title, intro = FIELD_PAGES[lang]
    parts = [f"# {title}\n\n{intro}\n"]
    for kind, filename in FILES.items():
        schema = schema_for(kind, lang)
        parts.append(f"## `{filename}`\n\n{schema['title']}\n")
        models = [(WORDS[lang]["top"], schema), *sorted(schema.get("$defs", {}).items())]
        for name, model in models:
            if "properties" in model:
                parts.append(_model_table(name, model, lang))
    return "\n".join(parts)


def _model_table(name: str, model: dict[str, Any], lang: Lang) -> str:
    words = WORDS[lang]
    required = set(model.get("required", []))
    rows = [f"### {name}\n",
            f"| {words['field']} | {words['type']} | {words['required']} | "
            f"{words['meaning']} | {words['example']} |",
            "|---|---|---|---|---|"]
    for field, prop in model["properties"].items():
        need = words["yes"] if field in required else _default(prop, words["default"])
        meaning = " — ".join(p for p in (prop.get("title", ""), prop.get("description", "")) if p)
        example = prop.get("examples", [None])[0]
        shown = "" if example is None else f"`{json.dumps(example, ensure_ascii=False)}`"
        rows.append(f"| `{field}` | {_type(prop)} | {need} | {_cell(meaning)} | {_cell(shown)} |")
    return "\n".join(rows) + "\n"


def _default(prop: dict[str, Any], word: str) -> str:
    if "default" not in prop:
        return ""
    return f"{word} `{json.dumps(prop['default'], ensure_ascii=False)}`"


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    if "const" in prop:
        return f"`{json.dumps(prop['const'], ensure_ascii=False)}`"
    if "enum" in prop:
        return " \\| ".join(f"`{v}`" for v in prop["enum"])
    for key in ("anyOf", "oneOf"):
        if key in prop:
            return " \\| ".join(dict.fromkeys(_type(p) for p in prop[key]))
    kind = prop.get("type", "")
    if kind == "array":
        return f"[{_type(prop.get('items', {}))}]"
    if isinstance(kind, list):
        return " \\| ".join(kind)
    return str(kind) if kind else "any"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def pages() -> dict[Path, str]:
    """Every generated page, by its path."""
    found: dict[Path, str] = {}
    for lang in ("vi", "en"):
        found[REFERENCE / COMMAND_PAGES[lang][0]] = command_page(lang)
        found[REFERENCE / FIELD_PAGES[lang][0]] = field_page(lang)
    return found


def stale(written: dict[Path, str]) -> list[Path]:
    """The pages whose committed text differs from what the program says now."""
    return [path for path, text in written.items()
            if not path.exists() or path.read_text(encoding="utf-8") != text]


def main(argv: list[str]) -> int:
    written = pages()
    if "--check" in argv:
        old = stale(written)
        for path in old:
            print(f"{path}: differs from the program; run python docs/gen_reference.py",
                  file=sys.stderr)
        return 1 if old else 0
    REFERENCE.mkdir(exist_ok=True)
    for path, text in written.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
