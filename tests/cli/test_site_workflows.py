"""The daily run publishes the site: GitHub Pages (this repository's workflow
and the `cchc new` template) and GitLab Pages (the template). The Pages
permissions belong to the deploying job alone; the site is built from a full
clone, so the trend has its history. (Schemas and actionlint: test_new.py and
test_workflows.py.)"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from cchc_plan.render.repository import render_repository
from helpers import REPO

VALUES = {"district": "Mẫu", "province": "Mẫu", "year": 2021, "version": "0.1.0"}


def github_workflows() -> list[dict[str, Any]]:
    template = render_repository(VALUES)[".github/workflows/cchc.yml"]
    own = (REPO / ".github/workflows/validate.yml").read_bytes()
    return [yaml.safe_load(template), yaml.safe_load(own)]


@pytest.mark.parametrize("workflow", github_workflows(), ids=["template", "own"])
def test_github_publishes_the_site_to_pages(workflow: dict[str, Any]) -> None:
    jobs = workflow["jobs"]
    assert workflow["permissions"] == {"contents": "read"}
    site, pages = jobs["site"], jobs["pages"]
    steps = site["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    runs = [s.get("run", "") for s in steps]
    assert any(r.startswith("cchc site -o public --reports reports") for r in runs)
    assert any("cchc report --all" in r for r in runs)  # every agency's page links its report
    upload = next(s for s in steps if s.get("uses", "").startswith(
        "actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "public"
    assert pages["needs"] == "site"
    assert pages["permissions"] == {"pages": "write", "id-token": "write"}
    assert pages["environment"]["name"] == "github-pages"
    assert pages["steps"][-1]["uses"].startswith("actions/deploy-pages@")
    for name, job in jobs.items():
        if name != "pages":
            assert "permissions" not in job, name
    assert "schedule" in site["if"]


def test_gitlab_publishes_the_site_to_pages() -> None:
    ci = yaml.safe_load(render_repository(VALUES)[".gitlab-ci.yml"])
    pages = ci["pages"]
    assert pages["artifacts"]["paths"] == ["public"]
    assert pages["variables"]["GIT_DEPTH"] == 0
    assert any(line.startswith("cchc site -o public --reports reports")
               for line in pages["script"])
    assert any("cchc report --all" in line for line in pages["script"])
    assert pages["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "schedule"'}]
