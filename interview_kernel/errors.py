"""The package's exceptions: one base, subclasses that carry data and read as instructions."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class InterviewError(Exception):
    """Base of every error this package raises on purpose.

    The message is a one-line instruction fit for a terminal or the candidate's
    screen; the CLI prints it and exits 2.
    """

    exit_code = 2


class UnknownProblemError(InterviewError, LookupError):
    """A problem id that is not in the bank; suggests the closest ids."""

    def __init__(self, problem_id: str, known: Iterable[str]):
        self.problem_id = problem_id
        self.suggestions = difflib.get_close_matches(problem_id, list(known), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(
            f"unknown problem {problem_id!r}{hint} (`interview problems list` shows them all)"
        )


class ProblemFormatError(InterviewError):
    """A problem folder whose files do not follow the schema."""

    def __init__(self, problem_id: str, file: str, field: str | None, message: str):
        self.problem_id = problem_id
        self.file = file
        self.field = field
        where = f"{file}: {field}" if field else file
        sep = " " if field and message.startswith("is ") else ": "
        super().__init__(f"problem {problem_id!r}: {where}{sep}{message}")


class UnknownLanguageError(InterviewError):
    """A language the grader does not know, or one this problem does not offer."""

    def __init__(self, language: str, available: Iterable[str], problem_id: str | None = None):
        self.language = language
        self.available = sorted(available)
        scope = f"problem {problem_id!r} offers" if problem_id else "available languages are"
        super().__init__(f"unknown language {language!r}: {scope} {', '.join(self.available)}")


class SourceError(InterviewError):
    """Candidate source that cannot be graded: empty, binary, too large, undecodable."""


class SandboxUnavailableError(InterviewError):
    """Grading refuses to run because the sandbox cannot be built here."""


class KernelDiedError(InterviewError):
    """A sandboxed kernel died or stopped answering (nbclient's ``DeadKernelError``).

    Never the candidate's fault: the grader restarts the kernel and retries once,
    then reports an internal error.
    """


class ToolchainMissingError(InterviewError):
    """A language's compiler or runtime is not installed."""


class CustomInputError(InterviewError):
    """Custom test input that cannot be run: one message per bad field, each saying where.

    ``problems`` lists ``(where, message)`` pairs, ``where`` naming the case and
    the parameter (``case 2, target (line 4)``), so a form can mark the field.
    """

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        text = "; ".join(f"{where}: {message}" for where, message in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"custom input: {text}{more}")
