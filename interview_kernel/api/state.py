"""What the API keeps for the life of the server: the grading service, caches, chats."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ..bank.catalogue import public_dict
from ..bank.loader import list_problems, load_problem
from ..grading.service import GradingService
from ..problem import Problem

T = TypeVar("T")

STORE_THREADS = 8
"""Threads for store calls (each one short transaction); the event loop never blocks on them."""


class ApiState:
    """Shared by every handler of one server (``settings["interview_api"]``).

    Parameters
    ----------
    service
        The server's grading service; ``None`` starts one on first use.
    """

    def __init__(self, service: GradingService | None = None) -> None:
        self._service = service
        self._lock = threading.Lock()
        self.executor = ThreadPoolExecutor(STORE_THREADS, thread_name_prefix="interview-api")
        self._problems: dict[str, Problem] = {}
        self._catalogue: list[dict[str, Any]] | None = None
        self.interviewers: dict[tuple[str, int], Any] = {}
        self.subjects: dict[tuple[str, int], str] = {}
        self.executor.submit(self._warm)

    def _warm(self) -> None:
        """Read the bank now, in the background, so the first listing does not wait for it."""
        try:
            self.catalogue()
        except Exception:  # noqa: BLE001 - the first request reports it
            return

    @property
    def service(self) -> GradingService:
        """The grading service (started here if nobody gave one)."""
        with self._lock:
            if self._service is None:
                self._service = GradingService().start()
            return self._service

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a blocking call (the store, the bank) off the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, lambda: fn(*args, **kwargs))

    def problem(self, problem_id: str) -> Problem:
        """A bank problem, loaded once per server."""
        found = self._problems.get(problem_id)
        if found is None:
            found = self._problems[problem_id] = load_problem(problem_id)
        return found

    def catalogue(self) -> list[dict[str, Any]]:
        """Every problem as its list entry (no statement, no tests), loaded once."""
        if self._catalogue is None:
            self._catalogue = [
                {
                    **{k: v for k, v in public_dict(p).items() if k not in _DETAIL},
                    "kind": _kind(p),
                }
                for p in list_problems()
            ]
        return self._catalogue

    def close(self) -> None:
        """Stop the grading service and the store threads."""
        if self._service is not None:
            self._service.close()
        self.executor.shutdown(wait=False, cancel_futures=True)


_DETAIL = ("statement", "signature", "starter", "hints", "tests", "limits", "complexity")


def _kind(p: Problem) -> str:
    kind = getattr(p, "kind", None)
    if isinstance(kind, str):
        return kind
    return "design" if getattr(p, "design", None) else "function"
