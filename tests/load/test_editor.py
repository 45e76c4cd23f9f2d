"""What an officer's editor says: yaml-language-server (the engine of VS Code's
YAML extension) reads the modeline of an agency file, loads the schema generated
for the plan, and flags a bad file while a good one stays clean. Driven over
the Language Server Protocol, as an editor does."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import IO, Any

import pytest

from cchc_plan.app import open_plan, schema
from helpers import KRONG_PA, NODE_TOOLS, node_tool

SERVER = NODE_TOOLS / "yaml-language-server" / "bin" / "yaml-language-server"
pytestmark = pytest.mark.skipif(
    not node_tool("yaml-language-server") or not shutil.which("node"),
    reason="yaml-language-server (npm) not installed; .ci/run installs it (CCHC_NODE_TOOLS)")


class Client:
    """A minimal LSP client over the server's stdin and stdout."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(["node", str(SERVER), "--stdio"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.ids = 0

    def send(self, method: str, params: Any, *, request: bool = False) -> None:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.ids += 1
            message["id"] = self.ids
        self._write(message)

    def _write(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode()
        stdin: IO[bytes] | None = self.proc.stdin
        assert stdin is not None
        stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        stdin.flush()

    def read(self) -> dict[str, Any]:
        stdout = self.proc.stdout
        assert stdout is not None
        length = 0
        while (line := stdout.readline().decode()) not in ("\r\n", ""):
            if line.lower().startswith("content-length:"):
                length = int(line.split(":")[1])
        message: dict[str, Any] = json.loads(stdout.read(length))
        if "id" in message and "method" in message:  # the server asks: answer plainly
            answer = [{"validate": True, "schemaStore": {"enable": False}}] * len(
                message.get("params", {}).get("items", [None]))
            self._write({"jsonrpc": "2.0", "id": message["id"],
                         "result": answer if message["method"] == "workspace/configuration"
                         else None})
        return message

    def diagnostics(self, uri: str, timeout: float = 30) -> list[dict[str, Any]]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            message = self.read()
            if (message.get("method") == "textDocument/publishDiagnostics"
                    and message["params"]["uri"] == uri):
                found: list[dict[str, Any]] = message["params"]["diagnostics"]
                return found
        raise AssertionError("no diagnostics arrived")

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "assignments").mkdir()
    generated = schema("assignment", "vi", open_plan(KRONG_PA, use_cache=False))
    (tmp_path / "schemas" / "assignment.schema.json").write_text(generated, encoding="utf-8")
    return tmp_path


def open_file(client: Client, path: Path, text: str) -> list[dict[str, Any]]:
    uri = path.as_uri()
    client.send("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    return client.diagnostics(uri)


MODELINE = "# yaml-language-server: $schema=../schemas/assignment.schema.json\n"
GOOD = (MODELINE + 'agency: phong-noi-vu\nupdated: "10/9/2020"\ntasks:\n  - task: "7"\n'
        '    status: done\n    completed: "14/8/2020"\n    evidence: [{title: Quyết định}]\n')


def test_editor_flags_a_bad_file_and_not_a_good_one(workspace: Path) -> None:
    client = Client()
    try:
        client.send("initialize", {"processId": None, "rootUri": workspace.as_uri(),
                                   "capabilities": {"workspace": {"configuration": True}}},
                    request=True)
        while "result" not in client.read():
            pass
        client.send("initialized", {})
        client.send("workspace/didChangeConfiguration", {"settings": {"yaml": {
            "validate": True, "schemaStore": {"enable": False}}}})
        good = open_file(client, workspace / "assignments" / "phong-noi-vu.yaml", GOOD)
        assert good == []
        bad_text = (GOOD.replace('task: "7"', 'task: "77"')
                    .replace('    completed: "14/8/2020"\n', "")
                    .replace('"10/9/2020"', '"31/4/2020"'))
        bad = open_file(client, workspace / "assignments" / "phong-tu-phap.yaml", bad_text)
        lines = sorted({d["range"]["start"]["line"] for d in bad})
        assert 2 in lines  # updated: 31/4/2020
        assert any("ngày có thật" in d["message"] for d in bad)
        assert 4 in lines  # task: "77"
        assert len(bad) >= 3, bad  # and the done entry without completed
    finally:
        client.close()
