"""Sandbox-side language runtimes, by name.

A runtime (a subclass of :class:`Runtime`) turns candidate source into something
runnable (``build``, which may compile) and then *is* a worker: ``serve`` runs
the candidate's module once in a fresh, already-limited child process and
answers one test per request. Nothing here compares outputs.

Runtimes are checked when they register, not when a candidate first needs one
(as pluggy checks a plugin's hooks): a missing ``name`` or method, a misspelt or
mistyped attribute, or a second runtime under a taken name raises
:class:`RuntimeRegistrationError` while the fork-server loads them.
"""

from __future__ import annotations

import os
from typing import Any, ClassVar, NoReturn

from ..protocol import Entry, RunLimits


class Built:
    """What ``build`` produced: success, compiler output, and runtime-specific state.

    ``cached``: the build came from the kernel's compile cache (no compiler ran).
    A ``state`` dict with ``"check_at_start"`` true defers the check to the worker:
    the first worker reports a source that does not compile (see
    ``_classify.classify_program``) and the supervisor reports the build after it.
    """

    def __init__(
        self,
        ok: bool,
        output: str = "",
        state: Any = None,
        time_ms: float = 0.0,
        cached: bool = False,
    ):
        self.ok = ok
        self.output = output
        self.state = state
        self.time_ms = time_ms
        self.cached = cached


class RuntimeRegistrationError(TypeError):
    """A runtime that does not keep the :class:`Runtime` contract.

    Parameters
    ----------
    runtime
        The runtime's name (or its class name, when the name is the problem).
    attribute
        The attribute at fault.
    problem
        What is wrong and what to do about it.
    """

    def __init__(self, runtime: str, attribute: str, problem: str):
        super().__init__(f"language runtime {runtime!r}: {attribute} {problem}")
        self.runtime = runtime
        self.attribute = attribute
        self.problem = problem


class Runtime:
    """The sandbox side of a language: subclass it, set :attr:`name`, implement two methods.

    The class attributes below tell the supervisor how to treat the language's
    workers; their defaults suit a language that starts fast in one thread and
    lives within an address-space limit (Python, a compiled C++ program).
    """

    name: ClassVar[str] = ""
    """The language's name in run requests (``"python"``); required, lowercase."""

    startup_seconds: ClassVar[float] = 0.0
    """CPU seconds a fresh worker may spend starting before the candidate's first test
    (a JVM, V8); added to that test's CPU limit and, twice, to its wall limit.
    At most 10."""

    own_threads: ClassVar[int] = 0
    """Threads the language runtime itself starts (a JVM's compiler and GC threads),
    allowed on top of the problem's process limit. At most 256."""

    address_space_limit: ClassVar[bool] = True
    """Whether the worker gets RLIMIT_AS of the problem's memory limit. Runtimes that
    reserve far more address space than they use (JVM, V8) set ``False`` and bound
    memory themselves (``-Xmx``, ``--max-old-space-size``, RLIMIT_DATA)."""

    oom_markers: ClassVar[tuple[str, ...]] = ()
    """Text the runtime writes to stderr when it dies of exhaustion of memory
    (``"std::bad_alloc"``): a worker that died of a crash signal or exited with
    one of them in its stderr is out of memory (MLE), not crashed (RE). Only this
    runtime's markers count, so a Python candidate printing ``std::bad_alloc``
    before it crashes is still a crash."""

    def build(self, source: str, workdir: str, limits: RunLimits, entry: Entry) -> Built:
        """Check or compile the source in ``workdir``; never runs candidate code.

        ``entry`` (the function or class to call, with its typed parameters) lets a
        compiled language generate its harness; compiling happens in a limited child
        process, never in the caller (see ``_build``).
        """
        raise NotImplementedError

    def serve(self, built: Built, entry: Entry, in_fd: int, out_fd: int) -> NoReturn:
        """Be the worker: answer tests until told to stop; must not return.

        Protocol: each request on ``in_fd`` is an 8-byte big-endian length and that many
        bytes of JSON (the test's arguments as a tagged-JSON list); length 0 means stop.
        Each answer on ``out_fd`` is one JSON line (``protocol.WorkerAnswer``), written
        after stdout and stderr are flushed: ``{"kind": "ok", "value": <tagged JSON>,
        "time_ms": float, "call_cpu_ms": float}`` (wall and CPU time of the call alone)
        or ``{"kind": "exception", "type": str, "message": str, "line": int | null}``.
        A compiled language ``exec``s a program that speaks the same protocol.
        """
        raise NotImplementedError


def take_stdin(in_fd: int) -> None:
    """In a program's worker: make the command pipe its standard input.

    The supervisor writes an 8-byte length, then the test's raw input, then closes
    the pipe, so the program reads its input and then end of file (never waits for
    more). The length is read here, unbuffered, before the program starts.
    """
    got = b""
    while len(got) < 8:
        chunk = os.read(in_fd, 8 - len(got))
        if not chunk:
            break
        got += chunk
    os.dup2(in_fd, 0)
    os.close(in_fd)


_ATTRIBUTES: dict[str, tuple[type | tuple[type, ...], str]] = {
    "startup_seconds": ((int, float), "a number of seconds from 0 to 10"),
    "own_threads": (int, "a whole number from 0 to 256"),
    "address_space_limit": (bool, "True or False"),
    "oom_markers": (tuple, "a tuple of non-empty strings"),
}
_METHODS = ("build", "serve")
_KNOWN = frozenset(("name", *_ATTRIBUTES, *_METHODS))

_RUNTIMES: dict[str, Runtime] = {}


def _verify(runtime: Runtime) -> None:
    """Raise :class:`RuntimeRegistrationError` unless ``runtime`` keeps the contract."""
    cls = type(runtime)
    if not isinstance(runtime, Runtime):
        raise RuntimeRegistrationError(
            cls.__name__, "the class", "is not a subclass of langs.Runtime; derive it from Runtime"
        )
    name = runtime.name
    if not isinstance(name, str) or not name or not name.isidentifier() or name != name.lower():
        raise RuntimeRegistrationError(
            cls.__name__, "name", f"is {name!r}; set it to the language's lowercase name"
        )
    for attr, (kind, what) in _ATTRIBUTES.items():
        value = getattr(runtime, attr)
        ok = isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
        if attr == "startup_seconds":
            ok = ok and 0 <= value <= 10
        elif attr == "own_threads":
            ok = ok and 0 <= value <= 256
        elif attr == "oom_markers":
            ok = ok and all(isinstance(m, str) and m for m in value)
        if not ok:
            raise RuntimeRegistrationError(name, attr, f"is {value!r}; it must be {what}")
    for method in _METHODS:
        mine, base = getattr(cls, method, None), getattr(Runtime, method)
        if mine is base or not callable(mine):
            raise RuntimeRegistrationError(name, f"{method}()", "is missing; implement it")
        want = _arg_names(base)
        got = _arg_names(mine)
        if got != want:
            raise RuntimeRegistrationError(
                name,
                f"{method}()",
                f"takes ({', '.join(got)}); it must take ({', '.join(want)}), as Runtime.{method}",
            )
    public = {a for k in cls.__mro__[:-1] if k is not Runtime for a in vars(k)}
    public |= set(vars(runtime))
    for attr in sorted(a for a in public if not a.startswith("_") and a not in _KNOWN):
        import difflib  # only on this error path: the fork-server stays lean

        close = difflib.get_close_matches(attr, sorted(_KNOWN), n=1)
        hint = f"did you mean {close[0]!r}?" if close else "make it private (a leading _)"
        raise RuntimeRegistrationError(name, attr, f"is not a Runtime attribute; {hint}")
    taken = _RUNTIMES.get(name)
    if taken is not None and type(taken) is not cls:
        raise RuntimeRegistrationError(
            name, "name", f"is taken by {type(taken).__qualname__}; choose another name"
        )


def _arg_names(fn: Any) -> tuple[str, ...]:
    code = getattr(fn, "__code__", None)
    if code is None:
        return ()
    return tuple(code.co_varnames[: code.co_argcount])


def register(runtime: Runtime) -> None:
    """Check a runtime (see :class:`Runtime`) and make it available by its name.

    Raises
    ------
    RuntimeRegistrationError
        The runtime lacks a name or a method, a method's parameters differ from
        :class:`Runtime`'s, an attribute has the wrong type or range or is not a
        :class:`Runtime` attribute at all (a misspelling), or the name is taken.
    """
    _verify(runtime)
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
