"""The app's run loop: Run and Submit requests, the queue, Stop, and the complexity probe.

No widget code: the app hands it three callables and a state listener, so the
rules that keep a candidate's intent are testable without a browser:

- a request while idle starts at once (state ``running``);
- a request while a run is in flight waits (``queued``); a newer one replaces
  it, so the latest code wins and nothing is silently dropped;
- a request while the complexity probe measures cancels the probe and runs;
- Stop cancels what is in flight (the grader ends the sandboxed run within a
  fraction of a second) and drops what is queued.

Every job ends with ``finish`` (the app records a Submit there and lets the
interviewer react), even when its probe was cut short, so nothing a candidate
submitted is lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from interview_kernel.grading.cancel import CancelToken

log = logging.getLogger(__name__)

Kind = Literal["run", "submit"]
State = Literal["idle", "running", "queued", "probing"]


@dataclass(frozen=True)
class Job:
    """One request: Run (examples + custom cases) or Submit (every test), with its code."""

    kind: Kind
    source: str
    language: str
    custom: str = ""


Grade = Callable[[Job, CancelToken], Any]
"""Grades a job and shows its result; returns the result, ``None`` when there is none."""
Measure = Callable[[Job, Any, CancelToken], None]
"""Times an accepted job's code (the probe); stops when the token is cancelled."""
Finish = Callable[[Job, Any], None]
"""Called once per job after grading (and measuring), whatever happened."""


class RunLoop:
    """Serialises grading jobs on one worker thread; see the module docstring for the rules.

    Parameters
    ----------
    grade, measure, finish
        The app's steps (see :data:`Grade`, :data:`Measure`, :data:`Finish`).
    wants_probe
        Whether a result deserves a complexity measurement (an Accepted).
    on_state
        Called with the new :data:`State` whenever it changes (from any thread).
    threaded
        ``False`` runs each job inline in :meth:`request` (tests, scripts).
    """

    def __init__(
        self,
        grade: Grade,
        measure: Measure,
        finish: Finish,
        wants_probe: Callable[[Job, Any], bool],
        on_state: Callable[[State], None],
        threaded: bool = True,
    ) -> None:
        self._grade, self._measure, self._finish = grade, measure, finish
        self._wants_probe = wants_probe
        self._on_state = on_state
        self._threaded = threaded
        self._lock = threading.Lock()
        self._pending: Job | None = None
        self._token: CancelToken | None = None
        self._phase: State = "idle"
        self._worker: threading.Thread | None = None
        self._last_state: State = "idle"

    @property
    def state(self) -> State:
        """``idle``, ``running``, ``queued`` (a request waits) or ``probing``."""
        with self._lock:
            return self._state()

    def _state(self) -> State:
        return "queued" if self._pending is not None else self._phase

    def _notify(self, state: State) -> None:
        if state == self._last_state:
            return
        self._last_state = state
        try:
            self._on_state(state)
        except Exception:  # noqa: BLE001 - a display glitch must not stop the loop
            log.exception("the run state listener failed")

    def request(self, job: Job) -> State:
        """Ask for a Run or Submit; returns the state right after (``running`` or ``queued``)."""
        with self._lock:
            start = self._phase == "idle"
            if start:
                self._phase, self._token = "running", CancelToken()
                token = self._token
            else:  # a newer request replaces a queued one: the latest code wins
                self._pending = job
                if self._phase == "probing" and self._token is not None:
                    self._token.cancel()
            state = self._state()
        self._notify(state)
        if start:
            if self._threaded:
                self._worker = threading.Thread(
                    target=self._drain, args=(job, token), name="grade", daemon=True
                )
                self._worker.start()
            else:
                self._drain(job, token)
        return state

    def stop(self) -> bool:
        """Stop the job in flight and drop a queued one; ``False`` when nothing ran."""
        with self._lock:
            self._pending = None
            token = self._token if self._phase != "idle" else None
            state = self._state()
        if token is not None:
            token.cancel()
        self._notify(state)
        return token is not None

    def wait(self, timeout: float | None = None) -> None:
        """Block until the loop is idle (tests and scripts); a no-op from the worker itself."""
        worker = self._worker
        if worker is not None and worker is not threading.current_thread():
            worker.join(timeout)

    def in_worker(self) -> bool:
        """Whether the caller is the loop's grading thread (a job's own callbacks)."""
        worker = self._worker
        return worker is not None and worker is threading.current_thread()

    def _drain(self, job: Job | None, token: CancelToken | None) -> None:
        """Run ``job``, then whatever was requested meanwhile, until nothing waits."""
        while job is not None and token is not None:
            self._one(job, token)
            with self._lock:
                job, self._pending = self._pending, None
                if job is None:
                    self._phase, self._token, self._worker = "idle", None, None
                else:
                    self._phase, self._token = "running", CancelToken()
                token = self._token
                state = self._state()
            self._notify(state)

    def _one(self, job: Job, token: CancelToken) -> None:
        result = None
        try:
            result = self._grade(job, token)
            if result is not None and not token.cancelled and self._wants_probe(job, result):
                with self._lock:
                    probing = self._pending is None
                    if probing:
                        self._phase = "probing"
                if probing:
                    self._notify("probing")
                    self._measure(job, result, token)
        except Exception:  # noqa: BLE001 - the app shows its own errors; the loop goes on
            log.exception("a grading job failed")
        try:
            self._finish(job, result)
        except Exception:  # noqa: BLE001
            log.exception("finishing a grading job failed")
