"""A cancel token: how a caller stops a grading run that is in flight.

The app's Stop button, a queued run that supersedes the complexity probe and a
batch watchdog all need to end a run early without losing the warm kernel; the
grader's waiting loop checks the token and, once it is set, asks the sandbox
kernel (an ``interrupt_request`` on its control channel) to kill the run's
supervisor, whose pid namespace takes every candidate process with it.
"""

from __future__ import annotations

import threading


class CancelToken:
    """Set once to stop the runs it was passed to; thread-safe.

    A token is one-shot: a new run needs a new token, so a late Stop can never
    cancel the run that follows it.

    Examples
    --------
    >>> token = CancelToken()
    >>> token.cancelled
    False
    >>> token.cancel()
    >>> token.cancelled
    True
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask every run holding this token to stop (returns at once)."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Sleep until cancelled or ``timeout`` seconds passed; ``True`` when cancelled."""
        return self._event.wait(timeout)
