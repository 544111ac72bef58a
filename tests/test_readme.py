"""The README stays honest: every command, option and input field is documented there."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from generator.cli import _parser
from generator.load import ARTICLE_FIELDS, OUTLET_FIELDS, OUTLET_KINDS, PERSON_FIELDS, ROLE_FIELDS, STORY_FIELDS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def commands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_readme_opens_with_the_two_commands() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make site" in quick_start and "make test" in quick_start


@pytest.mark.parametrize("name", sorted(commands()))
def test_readme_documents_every_command_and_option(name: str) -> None:
    assert f"`briefing {name}" in README
    row = next(line for line in README.splitlines() if line.startswith(f"| `briefing {name}"))
    for action in commands()[name]._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in row, f"{option} of briefing {name} is not in its README row"


@pytest.mark.parametrize("field", sorted({*ARTICLE_FIELDS, *OUTLET_FIELDS, *PERSON_FIELDS, *ROLE_FIELDS,
                                          *STORY_FIELDS, *OUTLET_KINDS}))
def test_readme_documents_every_input_field(field: str) -> None:
    assert f"`{field}`" in README
