"""Sandbox-side language runtimes, by name.

A runtime turns candidate source into something runnable (``build``, which may
compile) and runs one test in a fresh, already-limited child process (``run``,
which never returns: it writes one JSON result to ``result_fd`` and exits, or
``exec``s a program that does). Nothing here compares outputs.
"""

from __future__ import annotations

from typing import Any, Protocol


class Built:
    """What ``build`` produced: success, compiler output, and runtime-specific state."""

    def __init__(self, ok: bool, output: str = "", state: Any = None, time_ms: float = 0.0):
        self.ok = ok
        self.output = output
        self.state = state
        self.time_ms = time_ms


class Runtime(Protocol):
    """The sandbox side of a language."""

    name: str

    def build(
        self, source: str, workdir: str, limits: dict[str, Any], entry: dict[str, Any] | None = None
    ) -> Built:
        """Check or compile the source; never runs candidate code.

        ``entry`` (the function or class to call, with its typed parameters) lets a
        compiled language generate its harness; compiling happens in a limited child
        process, never in the caller (see ``_build``).
        """
        ...

    def serve(self, built: Built, entry: dict[str, Any], in_fd: int, out_fd: int) -> None:
        """Be the worker: answer tests until told to stop; must not return.

        Protocol: each request on ``in_fd`` is an 8-byte big-endian length and that many
        bytes of JSON (the test's arguments as a tagged-JSON list); length 0 means stop.
        Each answer on ``out_fd`` is one JSON line, written after stdout and stderr are
        flushed: ``{"kind": "ok", "value": <tagged JSON>, "time_ms": float,
        "call_cpu_ms": float}`` (wall and CPU time of the call alone) or
        ``{"kind": "exception", "type": str, "message": str, "line": int | null}``.
        A compiled language ``exec``s a program that speaks the same protocol.
        """
        ...


_RUNTIMES: dict[str, Runtime] = {}


def register(runtime: Runtime) -> None:
    """Make a runtime available by its name."""
    _RUNTIMES[runtime.name] = runtime


def get(name: str) -> Runtime | None:
    """The runtime for a language name, or ``None``."""
    return _RUNTIMES.get(name)


def names() -> list[str]:
    """Registered runtime names."""
    return sorted(_RUNTIMES)


def load_all() -> None:
    """Import the built-in runtimes (done once by the fork-server, before any request).

    It also opens the kernel's compile cache, before any candidate data exists.
    """
    from . import _build, cpp, java, javascript, python  # noqa: F401

    _build.open_cache()
    _build.start_warmer()
