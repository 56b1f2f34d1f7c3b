"""``interview problems list|show|validate|schema|import``: the problem bank."""

from __future__ import annotations

import argparse
import json
import sys

from ..bank.catalogue import public_dict
from ..bank.loader import list_problems, load_problem, problem_ids
from ..languages import offered
from ..problem import json_schema


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``problems`` subcommand group."""
    p = sub.add_parser(
        "problems",
        help="list, show, validate and import problems",
        description="Browse and check the problem bank.",
    )
    ps = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    ls = ps.add_parser("list", help="list problems")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.add_argument("--topic", help="only problems with this topic")
    ls.add_argument("--difficulty", choices=["easy", "medium", "hard"])
    ls.set_defaults(func=cmd_list)

    sh = ps.add_parser("show", help="show one problem")
    sh.add_argument("problem")
    sh.add_argument("--json", action="store_true", help="print one JSON object")
    sh.add_argument(
        "--include-hidden",
        action="store_true",
        help="author view: hidden tests and reference solutions too",
    )
    sh.set_defaults(func=cmd_show)

    va = ps.add_parser("validate", help="check problems: schema, then references in the sandbox")
    va.add_argument("problems", nargs="*", help="problem ids (default: all)")
    va.add_argument("--schema-only", action="store_true", help="skip grading the references")
    va.add_argument("--no-probe", action="store_true", help="skip probing naive baselines (faster)")
    va.set_defaults(func=cmd_validate)

    sc = ps.add_parser("schema", help="print the JSON Schema of problem.yaml")
    sc.set_defaults(func=cmd_schema)

    im = ps.add_parser("import", help="import a public problem set")
    im.add_argument(
        "format",
        choices=["humaneval", "humaneval-x", "mbpp", "pack"],
        help="the set's format: humaneval, humaneval-x (C++, Java, JavaScript, Python),"
        " mbpp, or pack (our JSONL pack format, docs/packs.md)",
    )
    im.add_argument("file", help="the set's JSONL file (optionally .gz)")
    im.add_argument("--into", required=True, help="folder to write problem folders into")
    im.add_argument("--pack", metavar="OUT.jsonl", help="also write the set as a pack file")
    im.set_defaults(func=cmd_import)


def cmd_list(args: argparse.Namespace) -> int:
    """List problems."""
    items = []
    for prob in list_problems():
        if args.topic and args.topic not in prob.topics:
            continue
        if args.difficulty and prob.difficulty != args.difficulty:
            continue
        items.append(
            {
                "id": prob.id,
                "title": prob.title,
                "difficulty": prob.difficulty,
                "topics": prob.topics,
                "languages": offered(prob),
                "kind": prob.kind,
            }
        )
    if args.json:
        print(json.dumps(items, indent=1))
        return 0
    for i in items:
        print(f"{i['id']:<32} {i['difficulty']:<7} {i['title']}  [{', '.join(i['topics'])}]")
    print(f"{len(items)} problems")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Show one problem."""
    prob = load_problem(args.problem)
    d = public_dict(prob, include_hidden=args.include_hidden)
    # what kind of problem it is, and (imported sets) where it comes from, under which licence
    d = {
        **{k: d[k] for k in ("id", "title", "difficulty")},
        "kind": prob.kind,
        "source": prob.source.model_dump() if prob.source else None,
        **d,
    }
    if args.json:
        print(json.dumps(d, indent=1, default=str))
        return 0
    print(f"# {prob.title}  ({prob.difficulty}; {', '.join(prob.topics)})\n")
    print(prob.statement.strip() + "\n")
    sig = prob.signature
    print(
        "Signature: " + f"{sig.name}({', '.join(p.name + ': ' + p.type for p in sig.params)})"
        f" -> {sig.returns}"
    )
    print(f"Languages: {', '.join(d['languages'])}")
    if prob.source:
        src = prob.source
        print(f"Source: {src.name} {src.task_id} ({src.license}) {src.url}".rstrip())
    n_hidden = sum(t.hidden for t in prob.tests)
    print(f"Tests: {len(prob.tests) - n_hidden} visible, {n_hidden} hidden")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema."""
    print(json.dumps(json_schema(), indent=1))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Schema first, then every reference through the real grader."""
    from ..bank.validate import validate_problems

    ids = args.problems or problem_ids()
    failures = validate_problems(
        ids, grade=not args.schema_only, out=sys.stdout, probe_naive=not args.no_probe
    )
    return 1 if failures else 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import a public problem set."""
    from ..bank.importers import compile_set, save_pack, write_pack

    records, skipped = compile_set(args.format, args.file)
    if args.pack:
        n = save_pack(records, args.pack)
        print(f"wrote a pack of {n} problems to {args.pack}")
    written = write_pack(records, args.into)
    note = f" (skipped {skipped} tasks in languages not graded here)" if skipped else ""
    print(f"imported {len(written)} problems into {args.into}{note}")
    return 0
