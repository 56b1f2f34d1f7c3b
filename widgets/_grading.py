"""Holds one warm grader for the app and serialises runs through it.

The grader is whatever has ``grade(problem, source, language=...)``; by default
:class:`interview_kernel.Grader`, entered once (its isolated kernel starts warm)
and left at :meth:`GraderHandle.close`. Candidate code goes to the grader's
sandbox, never into this kernel.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

log = logging.getLogger(__name__)


def default_grader_factory() -> Any:
    """A new :class:`interview_kernel.Grader` (imported late: it may be slow to import)."""
    from interview_kernel import Grader

    return Grader()


def _start_grader(factory: Callable[[], Any]) -> tuple[Any, Any]:
    """Make a grader and enter it if it is a context manager: ``(owned, ready)``."""
    made = factory()
    enter = getattr(made, "__enter__", None)
    return made, enter() if enter else made


class _Prestarted:
    """One default grader started ahead of the first app (see :func:`prestart`)."""

    def __init__(self) -> None:
        self.started: tuple[Any, Any] | None = None
        self.thread = threading.Thread(target=self._start, name="grader-prestart", daemon=True)

    def _start(self) -> None:
        try:
            self.started = _start_grader(default_grader_factory)
        except Exception as exc:  # noqa: BLE001 - the app starts its own and reports it
            log.warning("grader prestart failed: %s", exc)


_prestarted: _Prestarted | None = None
_prestart_lock = threading.Lock()


def prestart() -> None:
    """Start a default grader in the background for the next app of this kernel to take.

    A preheated Voila kernel calls this (through :func:`widgets.preload`) before
    it waits for its page request, so the sandbox kernel is warm before the
    candidate arrives. Calling it again while one is waiting does nothing.
    """
    global _prestarted
    with _prestart_lock:
        if _prestarted is None:
            _prestarted = _Prestarted()
            _prestarted.thread.start()


def take_prestarted() -> tuple[Any, Any] | None:
    """The prestarted grader as ``(owned, ready)``, once; ``None`` when there is none."""
    global _prestarted
    with _prestart_lock:
        spare, _prestarted = _prestarted, None
    if spare is None:
        return None
    spare.thread.join()
    return spare.started


CLOSE_WAIT_S = 2.0
"""How long :meth:`GraderHandle.close` waits for a grader that is still starting."""


class GraderHandle:
    """A lazily started grader shared by one app; one grading run at a time.

    Parameters
    ----------
    grader
        A ready grader object; used as is and not closed by :meth:`close`.
    factory
        Makes a grader (a context manager) when none was given.
    """

    def __init__(self, grader: Any = None, factory: Callable[[], Any] | None = None) -> None:
        self._grader = grader
        self._owned: Any = None
        self._default = factory is None
        self._factory = factory or default_grader_factory
        self._lock = threading.Lock()
        self._closing = False
        self.warm_error: BaseException | None = None

    def warm(self) -> None:
        """Start the grader now (e.g. in a background thread) so the first run is fast."""
        try:
            self._get()
            if self._closing:  # closed while starting: do not leave a sandbox behind
                self.close()
        except Exception as exc:  # noqa: BLE001 - reported again at the first run
            self.warm_error = exc
            log.warning("grader warm-up failed: %s", exc)

    def _get(self) -> Any:
        with self._lock:
            if self._grader is None and self._default:
                spare = take_prestarted()
                if spare is not None:
                    self._owned, self._grader = spare
            if self._grader is None:
                self._owned, self._grader = _start_grader(self._factory)
            return self._grader

    def grade(
        self,
        problem: Any,
        source: str,
        language: str,
        include_hidden: bool = True,
        custom: Sequence[Any] = (),
        cancel: Any = None,
    ) -> Any:
        """Grade ``source`` and return the grader's :class:`~interview_kernel.GradeResult`.

        The app's runs stop at the first time, memory or output limit, so an
        infinite loop costs one time limit; ``cancel`` is the Stop button's token.
        """
        grader = self._get()
        return grader.grade(
            problem,
            source,
            language=language,
            include_hidden=include_hidden,
            custom=custom,
            cancel=cancel,
            stop_at_limit=True,
        )

    def can_probe(self) -> bool:
        """Whether the grader can time raw runs (the complexity probe needs ``run_raw``)."""
        try:
            return callable(getattr(self._get(), "run_raw", None))
        except Exception:  # noqa: BLE001 - no grader, no probe
            return False

    def probe(self, problem: Any, source: str, language: str, cancel: Any = None) -> Any:
        """Time ``source`` on growing inputs through the same warm grader.

        Returns an :class:`interview_kernel.grading.probe.ComplexityReport`, or ``None`` when
        the grader cannot run raw inputs (a test double). Call it after an Accepted
        only: it takes a few seconds, unless ``cancel`` stops it.
        """
        if not self.can_probe():
            return None
        from interview_kernel.grading.probe import probe_complexity

        return probe_complexity(self._get(), problem, source, language, cancel=cancel)

    def close(self) -> None:
        """Stop a grader this handle started.

        A grader still starting (the warm-up thread holds the lock) is not waited
        for more than a moment: the warm-up stops it once it is up. At interpreter
        exit that thread is frozen mid-start, and waiting would hang for ever.
        """
        self._closing = True
        if not self._lock.acquire(timeout=CLOSE_WAIT_S):
            log.warning("the grader is still starting: it is stopped once it is up")
            return
        try:
            self._stop_owned()
        finally:
            self._lock.release()

    def _stop_owned(self) -> None:
        owned, self._owned = self._owned, None
        if owned is not None:
            self._grader = None
            exit_ = getattr(owned, "__exit__", None)
            try:
                if exit_:
                    exit_(None, None, None)
                elif hasattr(owned, "close"):
                    owned.close()
            except Exception:  # noqa: BLE001 - closing must not raise into the UI
                log.exception("closing the grader failed")
