"""The language registry: file extensions, starter code and harness names per language.

Languages are registered by name; each knows how to write its starter stub from
a problem's typed signature. The sandbox side of a language (how to build and run
it) lives in ``_runtime`` under the same name.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..problem import Problem


@dataclass(frozen=True)
class Language:
    """A language candidates can write in.

    ``toolchain`` names the programs grading needs (looked up on ``PATH``, the same
    ``/usr`` the sandbox sees); ``install`` says how to get them.
    """

    name: str
    extensions: tuple[str, ...]
    starter: Callable[[Problem], str]
    display: str
    toolchain: tuple[str, ...] = ()
    install: str = ""

    def available(self) -> bool:
        """Whether every program of the toolchain is installed."""
        return all(_which(t) for t in self.toolchain)


@functools.lru_cache(maxsize=32)
def _which(program: str) -> bool:
    return shutil.which(program) is not None


def available_languages() -> list[str]:
    """Names of the registered languages whose toolchain is installed."""
    return sorted(n for n, lang in _REGISTRY.items() if lang.available())


_REGISTRY: dict[str, Language] = {}


def register(lang: Language) -> None:
    """Add a language to the registry (later registrations replace earlier ones)."""
    _REGISTRY[lang.name] = lang


def offered(problem: Problem) -> list[str]:
    """The languages a problem is offered in here: a reference solution and an installed toolchain.

    Python is always offered (its toolchain is the interpreter running this).
    """
    names = [n for n in sorted(problem.reference) if (g := get_language(n)) and g.available()]
    return names or ["python"]


def languages() -> dict[str, Language]:
    """All registered languages by name."""
    return dict(_REGISTRY)


def get_language(name: str) -> Language | None:
    """A language by name or alias (``py``, ``js``, ``c++``), or ``None``."""
    aliases = {"py": "python", "js": "javascript", "node": "javascript", "c++": "cpp"}
    return _REGISTRY.get(aliases.get(name.lower(), name.lower()))


def language_for_extension(ext: str) -> str | None:
    """The language a file extension (``.py``) means, or ``None``."""
    for lang in _REGISTRY.values():
        if ext.lower() in lang.extensions:
            return lang.name
    return None


def starter_code(problem: Problem, language: str) -> str:
    """The stub a candidate starts from, unless the problem overrides it."""
    if language in problem.starter:
        return problem.starter[language]
    lang = get_language(language)
    return lang.starter(problem) if lang else ""


PROGRAM_STARTERS = {
    "python": (
        "import sys\n\n\n"
        "def main() -> None:\n"
        "    data = sys.stdin.read().split()  # every token of the input, in order\n"
        "    # parse the input, solve, and print the answer\n"
        "\n\n"
        'if __name__ == "__main__":\n'
        "    main()\n"
    ),
    "cpp": (
        "#include <bits/stdc++.h>\n"
        "using namespace std;\n\n"
        "int main() {\n"
        "    ios::sync_with_stdio(false);\n"
        "    cin.tie(nullptr);\n"
        "    // read the input with cin >> ..., print the answer with cout << ... << '\\n'\n"
        "\n"
        "    return 0;\n"
        "}\n"
    ),
    "java": (
        "import java.io.*;\n"
        "import java.util.*;\n\n"
        "public class Main {\n"
        "    public static void main(String[] args) throws IOException {\n"
        "        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n"
        "        StreamTokenizer tok = new StreamTokenizer(in);  // tok.nextToken(); tok.nval\n"
        "        StringBuilder out = new StringBuilder();\n"
        "        // read the input, solve, append the answer to out\n"
        "\n"
        "        System.out.print(out);\n"
        "    }\n"
        "}\n"
    ),
    "javascript": (
        'const lines = require("fs").readFileSync(0, "utf8").split("\\n");\n'
        "let at = 0; // lines[at++] is the next line of input\n"
        "// parse the input, solve, and print the answer with console.log\n"
        "\n"
    ),
}
"""Starter code of a program problem: read standard input as the language does it best."""


def _python_starter(problem: Problem) -> str:
    if problem.kind == "program":
        return PROGRAM_STARTERS["python"]
    if problem.design is not None:
        return _python_design(problem)
    sig = problem.signature
    params = ", ".join(f"{p.name}: {p.type}" for p in sig.params)
    return f"def {sig.name}({params}) -> {sig.returns}:\n    pass\n"


def _python_design(problem: Problem) -> str:
    d = problem.design
    assert d is not None
    ctor = "".join(f", {p.name}: {p.type}" for p in d.constructor)
    lines = [f"class {d.class_name}:", f"    def __init__(self{ctor}):", "        pass", ""]
    for m in d.methods:
        params = "".join(f", {p.name}: {p.type}" for p in m.params)
        lines += [f"    def {_camel(m.name)}(self{params}) -> {m.returns}:", "        pass", ""]
    return "\n".join(lines[:-1]) + "\n"


def _camel(name: str) -> str:
    from .._runtime.types import camel

    return camel(name)


def _ty(text: str) -> Any:
    from .._runtime.types import parse

    return parse(text)


def _cpp_starter(problem: Problem) -> str:
    if problem.kind == "program":
        return PROGRAM_STARTERS["cpp"]
    if problem.design is not None:
        d = problem.design
        ctor = ", ".join(f"{_ty(p.type).cpp()} {p.name}" for p in d.constructor)
        lines = [
            f"class {d.class_name} {{",
            "public:",
            f"    {d.class_name}({ctor}) {{",
            "",
            "    }",
        ]
        for m in d.methods:
            params = ", ".join(f"{_ty(p.type).cpp()} {p.name}" for p in m.params)
            lines += ["", f"    {_ty(m.returns).cpp()} {_camel(m.name)}({params}) {{", "", "    }"]
        return "\n".join([*lines, "};", ""])
    sig = problem.signature
    params = ", ".join(f"{_ty(p.type).cpp_param()} {_camel(p.name)}" for p in sig.params)
    ret = _ty(sig.returns).cpp()
    return (
        "class Solution {\npublic:\n"
        f"    {ret} {sig.camel_name}({params}) {{\n        \n    }}\n}};\n"
    )


def _java_starter(problem: Problem) -> str:
    if problem.kind == "program":
        return PROGRAM_STARTERS["java"]
    if problem.design is not None:
        d = problem.design
        ctor = ", ".join(f"{_ty(p.type).java()} {p.name}" for p in d.constructor)
        lines = [f"class {d.class_name} {{", f"    public {d.class_name}({ctor}) {{", "", "    }"]
        for m in d.methods:
            params = ", ".join(f"{_ty(p.type).java()} {p.name}" for p in m.params)
            ret = _ty(m.returns).java(returned=True)
            lines += ["", f"    public {ret} {_camel(m.name)}({params}) {{", "", "    }"]
        return "\n".join([*lines, "}", ""])
    sig = problem.signature
    params = ", ".join(f"{_ty(p.type).java()} {_camel(p.name)}" for p in sig.params)
    ret = _ty(sig.returns).java(returned=True)
    return (
        f"class Solution {{\n    public {ret} {sig.camel_name}({params}) {{\n        \n    }}\n}}\n"
    )


_JS_NODES = {
    "listnode": (
        "/**\n * Definition for singly-linked list.\n * function ListNode(val, next) {\n"
        " *     this.val = (val===undefined ? 0 : val)\n"
        " *     this.next = (next===undefined ? null : next)\n * }\n */\n"
    ),
    "treenode": (
        "/**\n * Definition for a binary tree node.\n * function TreeNode(val, left, right) {\n"
        " *     this.val = (val===undefined ? 0 : val)\n"
        " *     this.left = (left===undefined ? null : left)\n"
        " *     this.right = (right===undefined ? null : right)\n * }\n */\n"
    ),
}


def _js_starter(problem: Problem) -> str:
    if problem.kind == "program":
        return PROGRAM_STARTERS["javascript"]
    if problem.design is not None:
        d = problem.design
        ctor = ", ".join(_camel(p.name) for p in d.constructor)
        docs = "".join(
            f" * @param {{{_ty(p.type).js()}}} {_camel(p.name)}\n" for p in d.constructor
        )
        out = f"/**\n{docs} */\nvar {d.class_name} = function({ctor}) {{\n    \n}};\n"
        for m in d.methods:
            params = ", ".join(_camel(p.name) for p in m.params)
            docs = "".join(f" * @param {{{_ty(p.type).js()}}} {_camel(p.name)}\n" for p in m.params)
            docs += f" * @return {{{_ty(m.returns).js()}}}\n"
            out += (
                f"\n/**\n{docs} */\n{d.class_name}.prototype.{_camel(m.name)} = "
                f"function({params}) {{\n    \n}};\n"
            )
        return out
    sig = problem.signature
    leaves = {_ty(p.type).leaf.kind for p in sig.params} | {_ty(sig.returns).leaf.kind}
    head = "".join(text for kind, text in _JS_NODES.items() if kind in leaves)
    docs = "".join(f" * @param {{{_ty(p.type).js()}}} {_camel(p.name)}\n" for p in sig.params)
    docs += f" * @return {{{_ty(sig.returns).js()}}}\n"
    params = ", ".join(_camel(p.name) for p in sig.params)
    return f"{head}/**\n{docs} */\nvar {sig.camel_name} = function({params}) {{\n    \n}};\n"


register(Language("python", (".py",), _python_starter, "Python 3"))
register(
    Language(
        "javascript",
        (".js",),
        _js_starter,
        "JavaScript (Node.js)",
        ("node",),
        "sudo apt-get install nodejs",
    )
)
register(
    Language(
        "cpp", (".cpp", ".cc", ".cxx"), _cpp_starter, "C++17", ("g++",), "sudo apt-get install g++"
    )
)
register(
    Language(
        "java",
        (".java",),
        _java_starter,
        "Java 17",
        ("javac", "java"),
        "sudo apt-get install openjdk-17-jdk-headless",
    )
)
