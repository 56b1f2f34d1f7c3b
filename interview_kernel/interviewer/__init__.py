"""The interviewer: an offline chat that hints, probes and scores, better with a model.

Three modes share one streaming API (``opening``, ``respond``/``reply``,
``report``): :class:`Interviewer` (coding), :class:`DesignInterviewer` and
:class:`BehavioralInterviewer`. Code owns the flow (phases, hint accounting,
what may be revealed); a backend only phrases. The ``rule`` backend is the
offline default; the ``llm`` backend speaks the OpenAI-compatible
chat-completions API (``INTERVIEW_LLM_BASE_URL``, ``INTERVIEW_LLM_MODEL``,
``INTERVIEW_LLM_API_KEY``, ``INTERVIEW_LLM_TIMEOUT``) and falls back to the rule
text on any failure.

Examples
--------
>>> from interview_kernel import load_problem                     # doctest: +SKIP
>>> from interview_kernel.interviewer import Interviewer, InterviewContext
>>> iv = Interviewer(load_problem("two-sum"))                      # doctest: +SKIP
>>> iv.opening()                                                   # doctest: +SKIP
>>> for chunk in iv.respond("hint please"):                        # doctest: +SKIP
...     print(chunk, end="")
>>> iv.on_result(result, {"best": "O(n^2)", "target": "O(n)"})     # doctest: +SKIP
>>> iv.on_tick(elapsed=600, remaining=300)                         # doctest: +SKIP
>>> iv.report().hints_used                                         # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .backends import Backend, create_backend
from .base import BaseInterviewer
from .behavioral import FOCUS_AREAS
from .catalog import design_prompt_ids, load_design_prompt
from .coding import Interviewer
from .modes import BehavioralInterviewer, DesignInterviewer
from .turns import InterviewContext, InterviewReport, Message, Turn

if TYPE_CHECKING:
    from ..problem import Problem
    from .design import DesignPrompt

MODES = ("coding", "design", "behavioral")


def create_interviewer(
    mode: str = "coding",
    subject: Problem | DesignPrompt | str | None = None,
    *,
    backend: Backend | str | None = None,
    **options: object,
) -> BaseInterviewer:
    """An interviewer for a mode, by the subject's id or object.

    Parameters
    ----------
    mode
        ``coding``, ``design`` or ``behavioral``.
    subject
        coding: a :class:`~interview_kernel.problem.Problem` or problem id;
        design: a :class:`DesignPrompt` or prompt id; behavioral: a focus area or None.
    backend
        A backend or its name; default from the environment (``rule`` offline).
    **options
        Passed to the interviewer (``duration_seconds``, ``count``, ``seed``...).

    Raises
    ------
    InterviewError
        For an unknown mode, problem, prompt or focus area.
    """
    from ..errors import InterviewError

    if mode == "coding":
        if subject is None:
            raise InterviewError("coding mode needs a problem id, e.g. two-sum")
        if isinstance(subject, str):
            from ..bank.loader import load_problem

            subject = load_problem(subject)
        return Interviewer(subject, backend, **options)  # type: ignore[arg-type]
    if mode == "design":
        if subject is None:
            raise InterviewError(f"design mode needs a prompt id: {', '.join(design_prompt_ids())}")
        if isinstance(subject, str):
            subject = load_design_prompt(subject)
        return DesignInterviewer(subject, backend, **options)  # type: ignore[arg-type]
    if mode == "behavioral":
        if subject is not None and subject not in FOCUS_AREAS:
            raise InterviewError(
                f"unknown focus area {subject!r}; choose one of {', '.join(FOCUS_AREAS)}"
            )
        return BehavioralInterviewer(focus=subject, backend=backend, **options)  # type: ignore[arg-type]
    raise InterviewError(f"unknown interview mode {mode!r}; choose one of {', '.join(MODES)}")


__all__ = [
    "MODES",
    "Backend",
    "BaseInterviewer",
    "BehavioralInterviewer",
    "DesignInterviewer",
    "InterviewContext",
    "InterviewReport",
    "Interviewer",
    "Message",
    "Turn",
    "create_backend",
    "create_interviewer",
]
