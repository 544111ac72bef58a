"""The JSON Schema shipped for editors agrees with the loader, and the Pages workflow is valid."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.load import ARTICLE_FIELDS, REQUIRED_ARTICLE_FIELDS

REPO = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((REPO / "generator/schema/article.schema.json").read_text("utf-8"))


def front_matter(path: Path) -> dict:
    meta = yaml.safe_load(path.read_text("utf-8").split("---\n")[1])
    # YAML reads an ISO date as a date; in JSON it is the string the editor typed.
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in meta.items()}


def test_schema_fields_are_the_loaders() -> None:
    assert set(SCHEMA["properties"]) == set(ARTICLE_FIELDS)
    assert set(SCHEMA["required"]) == set(REQUIRED_ARTICLE_FIELDS)


@pytest.mark.parametrize("path", sorted((REPO / "articles").rglob("*.md")), ids=lambda p: p.name)
def test_schema_accepts_committed_articles(path: Path) -> None:
    jsonschema.validate(front_matter(path), SCHEMA)


@pytest.mark.parametrize("change", [{"titel": "x"}, {"published": "6 April"}, {"url": "javascript:alert(1)"},
                                    {"outlet": "../x"}, {"via": "xinhua"}])
def test_schema_rejects_what_the_loader_rejects(change: dict) -> None:
    meta = front_matter(next((REPO / "articles").rglob("*.md"))) | change
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(meta, SCHEMA)


def test_pages_workflow_is_a_valid_github_workflow() -> None:
    workflow = REPO / ".github/workflows/pages.yml"
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                             str(workflow)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    jobs = yaml.safe_load(workflow.read_text("utf-8"))["jobs"]
    steps = [step.get("uses", "") for job in jobs.values() for step in job["steps"]]
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
        assert any(s.startswith(action) for s in steps), action
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
