"""Assertion-style tests (HumanEval's ``check(candidate)``), run as the upstream harness runs them.

Upstream, ``check`` runs in the namespace of the candidate's program (the prompt
plus the completion), so a check may call the prompt's other functions
(``poly``, ``encode_cyclic``) and the entry point by its own name
(``sort_third``). Here ``check`` runs on the trusted side, so each of those
names is bound to a proxy that calls the function *of the candidate's
program* in the sandbox, and ``candidate`` is the entry point's proxy.

A check that draws random inputs (``random.randint`` with no seed) gets a
private generator with a fixed seed instead of the shared module, so the dry
run that finds its calls in advance and the real run draw the same inputs, and
a grade is reproducible. The generator is private to one execution of the
check: several checks may run at once in one process.
"""

from __future__ import annotations

import ast
import builtins
import random
import types
from collections.abc import Callable
from typing import Any

from ..problem import Param, Problem, Signature

SEED = 20260
"""The seed of every check's private random generator."""

Proxy = Callable[..., Any]


def prompt_functions(problem: Problem) -> list[Signature]:
    """The top-level functions the prompt defines besides the entry point.

    Their parameters and return are typed ``Any``: values pass through the
    sandbox's data codec as they are, as they would between two Python functions.
    """
    if not problem.prompt.strip():
        return []
    try:
        tree = ast.parse(problem.prompt)
    except SyntaxError:
        return []
    return [
        Signature(
            name=node.name,
            params=[Param(name=a.arg, type="Any") for a in node.args.args],
            returns="Any",
        )
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name != problem.signature.name
    ]


def calling(problem: Problem, function: Signature) -> Problem:
    """The problem with another of the program's functions as its entry point."""
    return problem.model_copy(update={"signature": function})


def _seeded_random() -> types.ModuleType:
    """A stand-in for the ``random`` module whose functions share one seeded generator."""
    rng = random.Random(SEED)
    module = types.ModuleType("random")
    for name in dir(random):
        if not name.startswith("_"):
            setattr(module, name, getattr(random, name))
    for name in dir(rng):
        attr = getattr(rng, name)
        if not name.startswith("_") and callable(attr):
            setattr(module, name, attr)
    return module


def check_namespace(names: dict[str, Proxy]) -> dict[str, Any]:
    """Globals for one execution of a check: the program's names and a seeded ``random``."""
    rnd = _seeded_random()
    real_import = builtins.__import__

    def importer(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "random":
            return rnd
        return real_import(name, *args, **kwargs)

    own_builtins = dict(vars(builtins))
    own_builtins["__import__"] = importer
    return {"__builtins__": own_builtins, "__name__": "__check__", "random": rnd, **names}


def run_check(problem: Problem, candidate: Proxy, names: dict[str, Proxy]) -> None:
    """Execute the problem's ``check(candidate)`` with the program's ``names`` in scope.

    Raises whatever the check raises (``AssertionError`` for a failed assertion).
    """
    namespace = check_namespace({problem.signature.name: candidate, **names})
    exec(compile(problem.assertions, f"{problem.id}/check.py", "exec"), namespace)
    namespace["check"](candidate)
