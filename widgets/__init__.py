"""The notebook UI of the interview notebooks: ipywidgets 8 and anywidget pieces.

Compose the pieces, or use :class:`InterviewApp` (everything for one problem)
and :func:`launch` (the app, or a problem picker when none is given)::

    from widgets import launch
    launch("two-sum")

In JupyterLab, ``%load_ext widgets`` adds the ``%%run_tests PROBLEM [--language L]``
cell magic. Nothing here runs candidate code: grading goes through
:mod:`interview_kernel`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from interview_kernel._lazy import lazy_exports

if TYPE_CHECKING:
    from ._bundle import editor_bundle
    from .app import InterviewApp
    from .chat import ChatBox, ChatEvent
    from .complexity import ComplexityView, render_complexity
    from .countdown import Countdown
    from .editor import CodeEditor, TextareaEditor, make_editor
    from .magic import load_ipython_extension
    from .params import resolve_params
    from .picker import ProblemPicker, launch, preload
    from .problem import ProblemView
    from .results import ResultsView, render_result

# A page's kernel imports only what it shows: each name loads its module on first
# use (PEP 562), so ``from widgets import launch`` does not import the app, the
# chat or the plots for a picker page (see ``tests/ui/test_page_imports.py``).
_WHERE = {
    "ChatBox": ".chat",
    "ChatEvent": ".chat",
    "CodeEditor": ".editor",
    "ComplexityView": ".complexity",
    "Countdown": ".countdown",
    "InterviewApp": ".app",
    "ProblemPicker": ".picker",
    "ProblemView": ".problem",
    "ResultsView": ".results",
    "TextareaEditor": ".editor",
    "editor_bundle": "._bundle",
    "launch": ".picker",
    "load_ipython_extension": ".magic",
    "make_editor": ".editor",
    "preload": ".picker",
    "render_complexity": ".complexity",
    "render_result": ".results",
    "resolve_params": ".params",
}

__all__ = [
    "ChatBox",
    "ChatEvent",
    "CodeEditor",
    "ComplexityView",
    "Countdown",
    "InterviewApp",
    "ProblemPicker",
    "ProblemView",
    "ResultsView",
    "TextareaEditor",
    "editor_bundle",
    "launch",
    "load_ipython_extension",
    "make_editor",
    "preload",
    "render_complexity",
    "render_result",
    "resolve_params",
]


__getattr__, __dir__ = lazy_exports(__name__, _WHERE, __all__)
