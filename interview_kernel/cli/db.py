"""``interview db upgrade|current|export|import``: the store's schema and a user's history."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``db`` subcommand."""
    p = sub.add_parser(
        "db",
        help="migrate the database, show its revision, export or import a history",
        description="The store lives at INTERVIEW_DB_URL (default sqlite:///memory/interview.db"
        " relative to the working directory). Migrations also run on every start.",
    )
    p.add_argument("--url", help="database URL (default: INTERVIEW_DB_URL or the SQLite file)")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION")
    up = dsub.add_parser("upgrade", help="apply pending migrations")
    up.add_argument("--revision", default="head", help="target revision (default head)")
    up.set_defaults(func=_upgrade)
    cur = dsub.add_parser("current", help="print the revision the database is at")
    cur.set_defaults(func=_current)
    ex = dsub.add_parser("export", help="write a user's history as JSON")
    ex.add_argument("file", help="output file ('-' for standard output)")
    ex.add_argument("--user", help="whose history (ignored under JupyterHub)")
    ex.set_defaults(func=_export)
    im = dsub.add_parser("import", help="load a history exported by `interview db export`")
    im.add_argument("file", help="JSON file ('-' for standard input)")
    im.add_argument("--user", help="import as this user (default: the current user)")
    im.set_defaults(func=_import)
    p.set_defaults(func=lambda args: _help(p))


def _help(p: argparse.ArgumentParser) -> int:
    p.print_help()
    return 2


def _engine(args: argparse.Namespace, migrate: bool = True) -> Engine:
    from ..store import create_store_engine

    return create_store_engine(args.url, migrate=migrate)


def _upgrade(args: argparse.Namespace) -> int:
    from ..store import current_revision, upgrade

    eng = _engine(args, migrate=False)
    upgrade(eng, args.revision)
    print(f"database at revision {current_revision(eng)}")
    return 0


def _current(args: argparse.Namespace) -> int:
    from ..store import current_revision, head_revision

    eng = _engine(args, migrate=False)
    cur = current_revision(eng)
    head = head_revision()
    state = "up to date" if cur == head else f"behind head {head}: run `interview db upgrade`"
    print(f"{cur or 'empty'} ({state})")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..practice.portability import export_history
    from ..practice.sessions import current_user

    data = export_history(current_user(args.user), engine=_engine(args))
    text = json.dumps(data, indent=1, default=str)
    if args.file == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(args.file).write_text(text + "\n", encoding="utf-8")
        print(f"exported {len(data['sessions'])} sessions to {args.file}", file=sys.stderr)
    return 0


def _import(args: argparse.Namespace) -> int:
    from ..errors import InterviewError
    from ..practice.portability import import_history
    from ..practice.sessions import current_user

    raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InterviewError(f"{args.file} is not JSON: {exc}") from exc
    n = import_history(data, current_user(args.user), engine=_engine(args))
    print(f"imported {n} sessions", file=sys.stderr)
    return 0
