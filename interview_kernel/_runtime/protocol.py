"""The grader <-> sandbox wire protocol: the shapes both sides speak, as TypedDicts.

A run crosses three hops, all JSON:

1. grader -> kernel: an ``execute_request`` whose code is a :class:`RunRequest`
   (or a :class:`BatchRequest` of several), the test inputs travelling beside it
   as one binary buffer per run (tagged-JSON argument lists back to back, located
   by ``RunRequest["tests"]``, their digest in ``tests_sha256``).
2. supervisor -> kernel -> grader: one :class:`Outcome` per line: the build
   report, one per test, then ``done`` (or a ``fatal`` error at any point). The
   kernel relays them in ``display_data`` messages as an :class:`OutcomeBundle`
   under the MIME type :data:`MIME`, and its ``execute_reply`` carries a
   :class:`RunInfo` under the key ``"interview"``.
3. worker -> supervisor: one :class:`WorkerAnswer` line per test on the result
   channel (fd 4). It comes from the candidate's own process, so the supervisor
   trusts none of it but its shape.

Verdicts are decided on the trusted side from :data:`Status` (see
``grading.grader``); nothing in the sandbox compares outputs.

This module is imported inside the sandbox (kernel, fork-server, supervisor,
runtimes) and by the trusted grader, so it uses only the standard library and
costs nothing at run time. Python 3.10 has no ``NotRequired``: optional keys
live in ``total=False`` classes, required ones in their bases.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

MIME = "application/vnd.interview.outcome+json"
"""The ``display_data`` MIME type under which the kernel relays an :class:`OutcomeBundle`."""

Status = Literal[
    "ok", "exception", "tle", "mle", "ole", "re", "signal", "exit", "internal", "skipped"
]
"""How one test ended, as the supervisor saw it.

``ok``: the call returned a value (``value``, ``time_ms``, ``call_cpu_ms``).
``exception``: the call raised (``type``, ``message``, ``line``).
``tle`` / ``mle`` / ``ole``: a time, memory or output limit was hit (``detail`` names it).
``re``: the result channel was tampered with.
``signal`` / ``exit``: the worker died by a signal, or exited, before answering.
``internal``: the worker could not be set up (never the candidate's fault).
``skipped``: not run, after an earlier test hit a limit (``stop_at_limit``).
"""

LIMIT_STATUSES: tuple[Status, ...] = ("tle", "mle", "ole")
"""Statuses after which a ``stop_at_limit`` run skips its remaining tests."""


# -- grader -> kernel ------------------------------------------------------------------


class _RunLimitsRequired(TypedDict):
    cpu_seconds: float
    wall_seconds: float
    memory_mb: int
    output_kb: int
    file_size_kb: int
    open_files: int
    processes: int


class RunLimits(_RunLimitsRequired, total=False):
    """A run's limits: the problem's ``Limits`` as data (``cpu_seconds`` is per test).

    ``result_kb`` caps the encoded return value (16 MB when missing).
    """

    result_kb: int


class TypedParam(TypedDict):
    """A parameter of a design problem's constructor or method."""

    name: str
    type: str


class MethodEntry(TypedDict):
    """A method of a design problem's class."""

    name: str
    params: list[TypedParam]
    returns: str


class DesignEntry(TypedDict):
    """The class a design problem's candidate writes."""

    class_name: str
    constructor: list[TypedParam]
    methods: list[MethodEntry]


class Entry(TypedDict, total=False):
    """What a harness calls: a function (``name``, typed ``params``) or a ``design`` class.

    ``params`` is ``[[name, type], ...]`` in signature order, types in Python
    notation; ``camel`` is the name in camelCase (other languages' spelling).
    ``program`` says the source is a whole program: each test is its standard
    input (raw bytes in the run's buffer, not tagged JSON), run in a fresh worker
    whose stdin ends after it; the output is what it printed (see ``_classify``).
    """

    program: bool

    name: str
    camel: str
    params: list[list[str]]
    returns: str
    design: DesignEntry | None


class RunRequest(TypedDict):
    """One run: a source, its entry point, limits and the index of its test inputs.

    ``tests`` holds ``[offset, length]`` of each test's argument list in the run's
    binary buffer, in run order; ``stop_at_limit`` skips the tests after the
    first ``tle``/``mle``/``ole``.
    """

    id: str
    language: str
    source: str
    entry: Entry
    tests: list[list[int]]
    tests_sha256: str
    limits: RunLimits
    weak: bool
    stop_at_limit: bool


class BatchRequest(TypedDict):
    """Several independent runs in one message; their outcomes carry ``run``."""

    runs: list[RunRequest]


# -- supervisor -> kernel -> grader -----------------------------------------------------


class _BuildReportRequired(TypedDict):
    ok: bool
    output: str
    time_ms: float


class BuildReport(_BuildReportRequired, total=False):
    """Whether the source built, the compiler's (cleaned, capped) output, and its time.

    ``cached`` says the build came from the kernel's compile cache (no compiler ran).
    """

    cached: bool


class Outcome(TypedDict, total=False):
    """One line of a run's stream; which keys are present says what it is.

    - ``{"build": BuildReport}`` first, once;
    - a test's outcome: ``i`` (its index in run order), ``status`` and, for tests
      that ran, ``wall_ms`` and ``cpu_ms`` (trusted clocks of the whole test,
      start-up included), ``stdout``, ``stderr`` (its tail), ``detail`` (which
      limit, signal or exit code; it names the clock of ``time_ms``). ``ok`` adds
      ``value`` (tagged JSON), ``time_ms`` and ``call_cpu_ms`` (wall and CPU time
      of the call alone, measured in the worker); ``exception`` adds ``type``,
      ``message`` and ``line``; a time limit sets ``time_ms`` to the clock that
      ran out;
    - ``{"done": True}`` last;
    - ``{"fatal": message}`` when the sandbox itself failed (an internal error).

    ``compile_error`` is the supervisor's own: a worker that checks its source as it
    starts found it does not compile. It never leaves the sandbox (the supervisor
    reports a failed build instead).

    In a batch, the kernel adds ``run`` (the run's index) to every line.
    """

    build: BuildReport
    compile_error: str
    fatal: str
    done: bool
    run: int
    i: int
    status: Status
    detail: str
    wall_ms: float
    cpu_ms: float
    stdout: str
    stderr: str
    value: Any
    time_ms: float | None
    call_cpu_ms: float | None
    type: str
    message: str
    line: int | None


class OutcomeBundle(TypedDict):
    """The ``display_data`` payload (under :data:`MIME`): outcomes that arrived together."""

    outcomes: list[Outcome]


class RunInfo(TypedDict, total=False):
    """The ``execute_reply``'s ``"interview"`` part: how far the run(s) got.

    Empty when the kernel refused the request (a bad request, a digest mismatch).
    """

    complete: bool
    runs_complete: list[bool]
    timed_out: bool
    interrupted: bool


# -- worker -> supervisor ---------------------------------------------------------------

AnswerKind = Literal["ok", "exception", "mle", "setup"]
"""``ok``: a value; ``exception``: the call raised; ``mle``: the harness caught an
out-of-memory error; ``setup``: the worker could not start (an internal error)."""


class _WorkerAnswerRequired(TypedDict):
    kind: AnswerKind


class WorkerAnswer(_WorkerAnswerRequired, total=False):
    """One test's answer on the result channel (see ``langs.Runtime.serve``)."""

    value: Any
    time_ms: float | None
    call_cpu_ms: float | None
    type: str
    message: str
    line: int | None
