"""The one exception family of the generator.

Every error the user can cause carries where it happened (``path:line:col``), what was
found and how to fix it. Exceptions become exit codes only in :mod:`generator.cli`.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.models import SourceRef


@dataclass(frozen=True)
class Problem:
    """One located finding about the input: an error or, with ``warning=True``, a warning."""

    where: SourceRef
    what: str
    fix: str = ""
    warning: bool = False

    def __str__(self) -> str:
        level = "warning: " if self.warning else ""
        text = f"{self.where}: {level}{self.what}"
        text = f"{text} — {self.fix}" if self.fix else text
        # A file name that is not UTF-8 reaches Python as lone surrogates, which no UTF-8
        # stream can write: they are shown escaped (\udcff) instead.
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class BriefingError(Exception):
    """Base of every error the generator raises on purpose."""

    exit_code = 1


class InputError(BriefingError):
    """Input that cannot be used; carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class WriteConflict(BriefingError):
    """The writer would overwrite or delete a file it does not own."""

    exit_code = 3


class UnsafeOutput(BriefingError):
    """A page the writer refuses: a path that leaves ``content/`` or that two pages share."""


class UsageError(BriefingError):
    """A command was called with arguments that cannot work (a file that exists, a bad flag)."""

    exit_code = 2
