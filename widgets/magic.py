"""``%%run_tests PROBLEM [--language L]``: grade a JupyterLab cell in the sandbox.

Load it with ``%load_ext widgets``. The cell's code is handed to the sandboxed
grader as text; it is never executed in the notebook's own kernel. The result
is the same table the app shows.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import shlex
import threading
from typing import Any

from ._grading import GraderHandle
from ._style import CSS
from .results import render_result

log = logging.getLogger(__name__)

_handle: GraderHandle | None = None
_lock = threading.Lock()


def _grader() -> GraderHandle:
    """One warm grader per kernel, closed when the kernel exits."""
    global _handle
    with _lock:
        if _handle is None:
            _handle = GraderHandle()
            atexit.register(_handle.close)
        return _handle


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="%%run_tests", add_help=False, exit_on_error=False)
    p.add_argument("problem")
    p.add_argument("--language", "-l", default="python")
    return p


def run_tests_html(line: str, cell: str, grader: Any = None) -> str:
    """Grade ``cell`` for the problem named in ``line``; the results panel as HTML.

    Errors (unknown problem, bad options, grader failure) come back as a
    friendly message in the same panel, never as a traceback.
    """
    from interview_kernel.bank.loader import load_problem
    from interview_kernel.errors import InterviewError

    from .app import GRADER_FAILED

    def panel(body: str) -> str:
        return f'{CSS}<div class="interview-app"><div class="interview-results">{body}</div></div>'

    try:
        args = _parser().parse_args(shlex.split(line))
    except (argparse.ArgumentError, SystemExit, ValueError):
        return panel('<div class="iv-error">usage: %%run_tests PROBLEM [--language L]</div>')
    try:
        problem = load_problem(args.problem)
        if grader is not None:
            result = grader.grade(problem, cell, language=args.language)
        else:
            result = _grader().grade(problem, cell, args.language)
    except InterviewError as exc:
        import html

        return panel(f'<div class="iv-error">{html.escape(str(exc))}</div>')
    except Exception:  # noqa: BLE001 - the user sees a message, the log the details
        log.exception("%%run_tests failed")
        return panel(f'<div class="iv-error">{GRADER_FAILED}</div>')
    return panel(render_result(result))


def load_ipython_extension(ipython: Any) -> None:
    """Register ``%%run_tests`` (called by ``%load_ext widgets``)."""

    def run_tests(line: str, cell: str) -> Any:
        from IPython.display import HTML

        return HTML(run_tests_html(line, cell))

    ipython.register_magic_function(run_tests, magic_kind="cell", magic_name="run_tests")
