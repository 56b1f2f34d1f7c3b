"""The ``interview`` command line.

Subcommands are plugins: each module registers itself through the
``interview.commands`` entry-point group with a ``register(subparsers)`` function
that adds its parser and sets ``func`` (``args -> exit code``). Exit codes: 0 on
success, 1 on a non-AC verdict or a failed check, 2 on usage or input errors.
"""

from __future__ import annotations

import argparse
import logging
import sys
from importlib.metadata import entry_points

from .. import settings
from ..errors import InterviewError

log = logging.getLogger("interview")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The top-level parser with every installed subcommand, or just ``only``.

    Loading one subcommand's module instead of all of them keeps a quick
    command quick (``interview problems list`` need not import the web app).
    """
    parser = argparse.ArgumentParser(
        prog="interview",
        description="Practise coding interviews: sandboxed grading, problems, schedules, stats.",
        epilog="environment:\n" + settings.describe(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for ep in sorted(entry_points(group="interview.commands"), key=lambda e: e.name):
        if only is not None and ep.name != only:
            continue
        try:
            register = ep.load()
        except ImportError as exc:  # a plugin that is not installed here: leave it out
            log.debug("command %s unavailable: %s", ep.name, exc)
            continue
        register(sub)
    return parser


def _command_named(argv: list[str]) -> str | None:
    """The subcommand ``argv`` names, when it is an installed one (else ``None``: all)."""
    words = [a for a in argv if a not in ("-v", "--verbose")]
    if not words or words[0].startswith("-"):
        return None
    names = {ep.name for ep in entry_points(group="interview.commands")}
    return words[0] if words[0] in names else None


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(_command_named(argv))
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except InterviewError as exc:
        print(f"interview: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interview: interrupted", file=sys.stderr)
        return 130
