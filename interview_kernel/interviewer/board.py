"""The whiteboard of a design interview, graded by deterministic checks on its JSON.

Pure. A board is Excalidraw's scene (``{"elements": [...]}``): shapes with their
label text, free text, and arrows bound to shapes. :func:`analyze_board` reads
it as a graph and answers four questions, each with the diagram elements that
show the answer:

- which components are drawn (label text matched to clients, load balancer,
  services, cache, database, queue, CDN...; the prompt's ``components`` list
  when it has one, else :data:`VOCABULARY`);
- single points of failure (one database and no replica, one server and
  nothing in front of it);
- whether the read and write paths connect (arrows from a client through the
  components to a data store);

and :func:`check_numbers` compares the back-of-envelope numbers in the notes
with those the prompt's ``scale`` implies (:func:`expected_numbers`), within
a tolerance.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# -- components ---------------------------------------------------------------------------

VOCABULARY: dict[str, tuple[str, ...]] = {
    "client": ("client", "user", "users", "browser", "mobile", "phone", "web app", "frontend"),
    "cdn": ("cdn", "edge cache", "cloudfront", "akamai", "fastly"),
    "load_balancer": ("load balancer", "lb", "nginx", "haproxy", "elb", "alb", "reverse proxy"),
    "gateway": ("api gateway", "gateway"),
    "cache": ("cache", "redis", "memcached", "memcache"),
    "queue": ("queue", "kafka", "rabbitmq", "sqs", "pub/sub", "pubsub", "message bus", "stream"),
    "object_storage": ("s3", "blob", "object store", "object storage", "gcs", "bucket"),
    "search": ("elasticsearch", "search index", "inverted index", "solr", "trie"),
    "database": (
        "database",
        "db",
        "sql",
        "postgres",
        "postgresql",
        "mysql",
        "cassandra",
        "dynamo",
        "dynamodb",
        "mongo",
        "mongodb",
        "hbase",
        "bigtable",
        "datastore",
        "key-value store",
        "kv store",
    ),
    "service": (
        "service",
        "server",
        "servers",
        "api",
        "app",
        "backend",
        "worker",
        "workers",
        "microservice",
        "web tier",
        "app tier",
    ),
}
"""Component kind -> words in a shape's label that name it. Earlier kinds win a tie
(an "API gateway" is a gateway, not a service; a "Redis cache" is a cache)."""

KIND_TITLES = {
    "client": "clients",
    "cdn": "CDN",
    "load_balancer": "load balancer",
    "gateway": "API gateway",
    "cache": "cache",
    "queue": "queue",
    "object_storage": "object storage",
    "search": "search index",
    "database": "database",
    "service": "services",
}
STORES = ("database", "object_storage")
"""Where a write ends: durable stores."""

_SHAPES = {"rectangle", "ellipse", "diamond", "frame", "image", "embeddable"}
_REPLICATED_RE = re.compile(
    r"\b(replicas?|replicated|replication|followers?|secondary|standby|primary|leader|"
    r"cluster|shards?|sharded|partitioned|multi[- ]?az|multi[- ]?region|nodes|"
    r"instances|pool|fleet|[x×]\s?\d+|\d+\s?[x×]|\(\s?n\s?\)|n\s?=\s?\d+)\b",
    re.IGNORECASE,
)
_PLURAL_SERVERS_RE = re.compile(r"\b(servers|services|workers|instances|nodes)\b", re.IGNORECASE)
_READ_RE = re.compile(r"\b(read|reads|get|fetch|lookup|query|redirect)\b", re.IGNORECASE)
_WRITE_RE = re.compile(r"\b(write|writes|put|post|insert|create|upload|publish)\b", re.IGNORECASE)
SNAP_PX = 24.0
"""An unbound arrow end this close to a shape's box counts as attached to it."""


def _phrase_re(phrase: str) -> re.Pattern[str]:
    tokens = [re.escape(t) for t in re.split(r"[\s-]+", phrase.strip()) if t]
    body = r"[\s-]+".join(tokens)
    return re.compile(r"(?<![a-z0-9])" + body + r"(?:s|es)?(?![a-z0-9])", re.I)  # plurals too


def vocabulary(
    components: Iterable[str] | Mapping[str, Iterable[str]] | None = None,
) -> dict[str, tuple[str, ...]]:
    """The component vocabulary for a prompt: :data:`VOCABULARY` plus the prompt's own names.

    ``components`` is the prompt's list of component names (each is matched to a
    built-in kind when one of the kind's words is in it, else it becomes a kind of
    its own) or a mapping ``name -> aliases``.
    """
    vocab = {k: tuple(v) for k, v in VOCABULARY.items()}
    if not components:
        return vocab
    items: list[tuple[str, tuple[str, ...]]]
    if isinstance(components, Mapping):
        items = [(str(k), tuple(str(a) for a in v)) for k, v in components.items()]
    else:
        items = [(str(c), ()) for c in components]
    for name, aliases in items:
        kind = classify_label(name, vocab)
        if kind is None:
            key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "component"
            vocab[key] = (name, *aliases)
        elif aliases:
            vocab[kind] = (*vocab[kind], *aliases)
    return vocab


def classify_label(label: str, vocab: Mapping[str, Sequence[str]] | None = None) -> str | None:
    """The component kind a label names, or ``None``.

    >>> classify_label("Redis cache"), classify_label("API Gateway"), classify_label("Postgres")
    ('cache', 'gateway', 'database')
    >>> classify_label("App servers x3"), classify_label("hello") is None
    ('service', True)
    """
    vocab = vocab or VOCABULARY
    for kind, words in vocab.items():
        if any(_phrase_re(w).search(label) for w in words):
            return kind
    return None


# -- the board as a graph ------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    """A labelled shape (or a free text) on the board."""

    id: str
    label: str
    kind: str | None
    box: tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Edge:
    """An arrow between two nodes; ``both`` when it has heads at both ends."""

    id: str
    start: str
    end: str
    label: str = ""
    both: bool = False


@dataclass
class Board:
    """The nodes and edges read from a scene."""

    nodes: dict[str, Node]
    edges: list[Edge]
    loose_arrows: int = 0
    """Arrows with an end attached to nothing."""


def parse_scene(scene: str | Mapping[str, Any] | Sequence[Any] | None) -> list[dict[str, Any]]:
    """The live (not deleted) elements of an Excalidraw scene given as JSON text, dict or list.

    Anything that is not a scene reads as an empty board (a board is the
    candidate's input: it is never trusted to be well formed).
    """
    if scene is None or scene == "":
        return []
    if isinstance(scene, str):
        try:
            scene = json.loads(scene)
        except ValueError:
            return []
    elements = scene.get("elements", []) if isinstance(scene, Mapping) else scene
    if not isinstance(elements, Sequence) or isinstance(elements, str):
        return []
    return [e for e in elements if isinstance(e, dict) and not e.get("isDeleted")]


def _num(value: Any) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return 0.0
    return out if math.isfinite(out) else 0.0


def _box(e: Mapping[str, Any]) -> tuple[float, float, float, float]:
    x, y, w, h = (_num(e.get(k)) for k in ("x", "y", "width", "height"))
    return (min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h))


def _near(box: tuple[float, float, float, float], px: float, py: float, pad: float) -> float:
    """Distance from a point to a box (0 inside); ``inf`` beyond ``pad``."""
    dx = max(box[0] - px, 0.0, px - box[2])
    dy = max(box[1] - py, 0.0, py - box[3])
    d = math.hypot(dx, dy)
    return d if d <= pad else math.inf


def read_board(
    scene: str | Mapping[str, Any] | Sequence[Any] | None,
    vocab: Mapping[str, Sequence[str]] | None = None,
) -> Board:
    """Read a scene into labelled nodes and the arrows between them.

    A shape's label is its bound text (Excalidraw's ``containerId``); a free
    text that lies inside a shape labels that shape, any other free text is a
    node of its own. An arrow joins the shapes its ``startBinding`` and
    ``endBinding`` name; an unbound end within :data:`SNAP_PX` of a shape is
    taken as attached to it (a hand-drawn arrow that stops just short).
    """
    elements = parse_scene(scene)
    by_id = {str(e.get("id")): e for e in elements if e.get("id") is not None}
    texts: dict[str, list[str]] = {}
    free: list[dict[str, Any]] = []
    arrow_labels: dict[str, list[str]] = {}
    for e in elements:
        if e.get("type") != "text":
            continue
        text = str(e.get("text") or e.get("originalText") or "").strip()
        if not text:
            continue
        owner = e.get("containerId")
        if owner is not None and str(owner) in by_id:
            target = by_id[str(owner)]
            bucket = arrow_labels if target.get("type") in ("arrow", "line") else texts
            bucket.setdefault(str(owner), []).append(text)
        else:
            free.append(e)
    shapes = [e for e in elements if e.get("type") in _SHAPES and e.get("id") is not None]
    for t in free:  # a text placed over a shape labels it
        tb = _box(t)
        cx, cy = (tb[0] + tb[2]) / 2, (tb[1] + tb[3]) / 2
        inside = [s for s in shapes if _near(_box(s), cx, cy, 0.0) == 0.0]
        if inside:
            smallest = min(
                inside, key=lambda s: (_box(s)[2] - _box(s)[0]) * (_box(s)[3] - _box(s)[1])
            )
            texts.setdefault(str(smallest["id"]), []).append(str(t.get("text") or "").strip())
        else:
            texts.setdefault(str(t["id"]), []).append(str(t.get("text") or "").strip())
            shapes.append(t)
    nodes: dict[str, Node] = {}
    for s in shapes:
        sid = str(s["id"])
        label = " ".join(" ".join(texts.get(sid, [])).split())
        nodes[sid] = Node(sid, label, classify_label(label, vocab) if label else None, _box(s))
    edges: list[Edge] = []
    loose = 0
    for e in elements:
        if e.get("type") != "arrow" or e.get("id") is None:
            continue
        ends = []
        points = e.get("points") if isinstance(e.get("points"), list) else []
        for which, idx in (("startBinding", 0), ("endBinding", -1)):
            bound: Any = e.get(which)
            end_id = bound.get("elementId") if isinstance(bound, dict) else None
            if end_id is not None and str(end_id) in nodes:
                ends.append(str(end_id))
                continue
            point = points[idx] if points else [0, 0]
            try:
                px, py = _num(e.get("x")) + _num(point[0]), _num(e.get("y")) + _num(point[1])
            except (TypeError, IndexError, KeyError):
                ends.append("")
                continue
            dist = {n.id: _near(n.box, px, py, SNAP_PX) for n in nodes.values()}
            best = min(dist, key=lambda k: dist[k], default="")
            ends.append(best if best and math.isfinite(dist[best]) else "")
        start, end = ends
        if not start or not end or start == end:
            loose += 1
            continue
        both = bool(e.get("startArrowhead")) and bool(e.get("endArrowhead", "arrow"))
        label = " ".join(arrow_labels.get(str(e["id"]), []))
        edges.append(Edge(str(e["id"]), start, end, label, both))
    return Board(nodes, edges, loose)


# -- the checks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One conclusion about the board, with the labels of the elements that show it."""

    check: str
    ok: bool
    message: str
    elements: tuple[str, ...] = ()


@dataclass
class BoardAnalysis:
    """What the board shows: components, single points of failure, connected paths."""

    components: dict[str, list[str]]
    """Kind -> labels of the shapes of that kind."""
    expected: list[str]
    """Kinds a strong answer to the prompt draws."""
    missing: list[str]
    spofs: list[Finding]
    paths: list[Finding]
    unlabelled: int
    loose_arrows: int
    node_count: int
    edge_count: int
    notes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing labelled was drawn."""
        return not self.components

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (for the session report)."""

        def finding(f: Finding) -> dict[str, Any]:
            return {
                "check": f.check,
                "ok": f.ok,
                "message": f.message,
                "elements": list(f.elements),
            }

        return {
            "components": {k: list(v) for k, v in self.components.items()},
            "expected": list(self.expected),
            "missing": list(self.missing),
            "spofs": [finding(f) for f in self.spofs],
            "paths": [finding(f) for f in self.paths],
            "unlabelled": self.unlabelled,
            "loose_arrows": self.loose_arrows,
            "nodes": self.node_count,
            "edges": self.edge_count,
            "notes": list(self.notes),
        }


def _adjacency(board: Board) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = {n: set() for n in board.nodes}
    for e in board.edges:
        adj[e.start].add(e.end)
        if e.both:
            adj[e.end].add(e.start)
    return adj


def _path(adj: Mapping[str, set[str]], starts: Iterable[str], goals: set[str]) -> list[str]:
    """The shortest directed path from any start to any goal (breadth first), or ``[]``."""
    queue = [[s] for s in starts]
    seen = {p[0] for p in queue}
    while queue:
        path = queue.pop(0)
        if path[-1] in goals and len(path) > 1:
            return path
        for nxt in sorted(adj.get(path[-1], ())):
            if nxt not in seen:
                seen.add(nxt)
                queue.append([*path, nxt])
    return []


def _labels(board: Board, ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(board.nodes[i].label or "(unlabelled)" for i in ids)


def _is_multiple(label: str) -> bool:
    return bool(_REPLICATED_RE.search(label) or _PLURAL_SERVERS_RE.search(label))


def analyze_board(
    scene: str | Mapping[str, Any] | Sequence[Any] | None,
    components: Iterable[str] | Mapping[str, Iterable[str]] | None = None,
) -> BoardAnalysis:
    """Grade a whiteboard: components, single points of failure and connected paths.

    Parameters
    ----------
    scene
        The Excalidraw scene (JSON text, a dict with ``elements``, or the list).
    components
        The prompt's ``components`` (what a strong answer draws); ``None``
        expects clients, a load balancer, services, a cache and a database.

    Returns
    -------
    BoardAnalysis
        Each finding names the labels of the elements it rests on.
    """
    vocab = vocabulary(components)
    board = read_board(scene, vocab)
    found: dict[str, list[str]] = {}
    for n in board.nodes.values():
        if n.kind:
            found.setdefault(n.kind, []).append(n.label)
    if components:
        names = list(components.keys()) if isinstance(components, Mapping) else list(components)
        expected = []
        for name in names:
            kind = classify_label(str(name), vocab)
            if kind and kind not in expected:
                expected.append(kind)
    else:
        expected = ["client", "load_balancer", "service", "cache", "database"]
    missing = [k for k in expected if k not in found]
    adj = _adjacency(board)
    analysis = BoardAnalysis(
        components=found,
        expected=expected,
        missing=missing,
        spofs=_spofs(board, adj),
        paths=_paths(board, adj),
        unlabelled=sum(1 for n in board.nodes.values() if not n.label),
        loose_arrows=board.loose_arrows,
        node_count=len(board.nodes),
        edge_count=len(board.edges),
    )
    if board.loose_arrows:
        analysis.notes.append(
            f"{board.loose_arrows} arrow(s) are not attached to a box at both ends;"
            " drag an arrow's end onto a box so it connects."
        )
    if analysis.unlabelled:
        analysis.notes.append(f"{analysis.unlabelled} box(es) have no label; name every component.")
    return analysis


def _spofs(board: Board, adj: Mapping[str, set[str]]) -> list[Finding]:
    out: list[Finding] = []
    of_kind = {
        k: [n for n in board.nodes.values() if n.kind == k]
        for k in ("database", "service", "load_balancer", "cache")
    }
    dbs = of_kind["database"]
    if dbs:
        replicated = [n for n in dbs if _REPLICATED_RE.search(n.label)]
        if len(dbs) == 1 and not replicated:
            out.append(
                Finding(
                    "database",
                    False,
                    f"One database ({dbs[0].label}) and no replica: when it fails, every write"
                    " and read fails. Draw a replica or say how it fails over.",
                    (dbs[0].label,),
                )
            )
        else:
            out.append(
                Finding(
                    "database",
                    True,
                    "The data store is replicated.",
                    _labels(board, (n.id for n in (replicated or dbs))),
                )
            )
    services = of_kind["service"]
    if services:
        many = len(services) > 1 or any(_is_multiple(n.label) for n in services)
        feeders = {e.start for e in board.edges if e.end in {s.id for s in services}}
        fronted = [
            board.nodes[f].label
            for f in feeders
            if board.nodes[f].kind in ("load_balancer", "gateway")
        ]
        if not many and not fronted:
            out.append(
                Finding(
                    "service",
                    False,
                    f"One server ({services[0].label}) with nothing in front of it: one crash"
                    " takes the service down. Run several behind a load balancer.",
                    (services[0].label,),
                )
            )
        elif not many:
            out.append(
                Finding(
                    "service",
                    False,
                    f"A load balancer ({fronted[0]}) in front of a single server"
                    f" ({services[0].label}): draw or label several instances.",
                    (fronted[0], services[0].label),
                )
            )
        else:
            out.append(
                Finding(
                    "service",
                    True,
                    "The service runs on more than one instance.",
                    _labels(board, (s.id for s in services)),
                )
            )
    return out


def _paths(board: Board, adj: Mapping[str, set[str]]) -> list[Finding]:
    clients = [n.id for n in board.nodes.values() if n.kind == "client"]
    stores = {n.id for n in board.nodes.values() if n.kind in STORES}
    caches = {n.id for n in board.nodes.values() if n.kind == "cache"}
    out: list[Finding] = []
    if not clients:
        return [Finding("paths", False, "No client is drawn: start the paths at the users.")]
    if not stores:
        return [Finding("paths", False, "No database or storage is drawn: where does data live?")]
    # a path is "write" or "read" by its arrows' labels when they say so, else both
    labelled = [e for e in board.edges if _READ_RE.search(e.label) or _WRITE_RE.search(e.label)]
    for name, rx, goals in (
        ("write", _WRITE_RE, stores),
        ("read", _READ_RE, stores | caches),
    ):
        adj_used = adj
        if labelled:
            adj_used = {n: set() for n in board.nodes}
            for e in board.edges:
                if (
                    not e.label
                    or rx.search(e.label)
                    or not (_READ_RE.search(e.label) or _WRITE_RE.search(e.label))
                ):
                    adj_used[e.start].add(e.end)
                    if e.both:
                        adj_used[e.end].add(e.start)
        path = _path(adj_used, clients, goals)
        if path:
            out.append(
                Finding(
                    f"{name}_path",
                    True,
                    f"The {name} path connects: " + " → ".join(_labels(board, path)) + ".",
                    _labels(board, path),
                )
            )
        else:
            out.append(
                Finding(
                    f"{name}_path",
                    False,
                    f"No {name} path: no chain of arrows leads from a client to a"
                    f" {'data store' if name == 'write' else 'data store or cache'}.",
                )
            )
    reachable = _reachable(adj, clients)
    stranded = [n for n in board.nodes.values() if n.kind and n.id not in reachable]
    if stranded:
        out.append(
            Finding(
                "stranded",
                False,
                "Not reached by any arrow from a client: "
                + ", ".join(n.label for n in stranded)
                + ".",
                tuple(n.label for n in stranded),
            )
        )
    return out


def _reachable(adj: Mapping[str, set[str]], starts: Iterable[str]) -> set[str]:
    seen = set(starts)
    stack = list(seen)
    while stack:
        for nxt in adj.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


# -- back-of-envelope numbers ---------------------------------------------------------------

_MULT = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
}
_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "a": 1, "an": 1}
_BYTES = {"b": 1, "bytes": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "pb": 1e15, "eb": 1e18}
_PERIOD_S = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 7 * 86400,
    "month": 30 * 86400,
    "year": 365 * 86400,
}
_Q = r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|mln|bn|k|m|b)?\b"
_QTY_RE = re.compile(_Q, re.IGNORECASE)
_PER_PERIOD_RE = re.compile(
    _Q + r"\s*([a-z][a-z -]{0,30}?)\s+(?:a|an|per|each|every)\s+"
    r"(second|minute|hour|day|week|month|year)\b",
    re.IGNORECASE,
)
_EVERY_RE = re.compile(
    r"every\s+(\d+(?:\.\d+)?|one|two|three|four|five|ten)?\s*(second|minute|hour)s?", re.IGNORECASE
)
_WITHIN_RE = re.compile(
    _Q + r"[^;.]{0,20}?\bwithin\s+(\d+|one|two|three|four|five|ten)\s+(second|minute|hour)s?",
    re.IGNORECASE,
)
_PEAK_HOUR_RE = re.compile(_Q + r"\s*([a-z -]{0,30}?)\s+at\s+(?:the\s+)?[a-z ]*peak hour", re.I)
_TIMES_RE = re.compile(r"\beach\b[^;]*?\b(\d+(?:\.\d+)?)\s*times\b", re.IGNORECASE)
_EACH_OVER_RE = re.compile(
    r"\beach\b[^;]*?\b(?:over|about|of)\s+(?:about\s+)?(\d+)\s+([a-z]+)", re.I
)
_SIZE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(bytes|kb|mb|gb|tb|pb)\b", re.IGNORECASE)
_POP_RE = re.compile(
    _Q + r"\s*(?:daily active |monthly active |active )?"
    r"(users|drivers|devices|accounts|customers|clients)",
    re.IGNORECASE,
)


def _qty(number: str, mult: str | None) -> float:
    value = float(number.replace(",", ""))
    return value * _MULT.get((mult or "").lower(), 1.0)


@dataclass(frozen=True)
class Expected:
    """A number the prompt's scale implies: a rate (per second) or a storage size (bytes)."""

    kind: str  # "rate" or "storage"
    value: float
    what: str
    derivation: str


def expected_numbers(scale: str) -> list[Expected]:
    """The rates and storage a prompt's ``scale`` implies, each with how it was derived.

    Handles what prompts say: "N per second"; "N users, each sending M things a
    day"; "N things a day/month"; "N users ... every S seconds"; "N within
    five minutes"; "N at the peak hour"; "each ... opened M times" (a read
    multiplier); "each typed over about M keystrokes"; an average size in bytes
    times the count per period.

    >>> scale = "50 million daily active users, each sending about 40 messages a day"
    >>> [round(e.value) for e in expected_numbers(scale)]
    [23148]
    >>> [round(e.value) for e in expected_numbers("peak traffic of 500,000 requests per second")]
    [500000]
    """
    out: list[Expected] = []
    prev_pop: re.Match[str] | None = None
    for clause in re.split(r";|\.\s", scale):
        clause = clause.strip()
        if not clause:
            continue
        pop_m = _POP_RE.search(clause) or prev_pop
        if _POP_RE.search(clause):
            prev_pop = pop_m
        population = _qty(pop_m.group(1), pop_m.group(2)) if pop_m else None
        pop_here = pop_m is not None and pop_m.string == clause
        base_len = len(out)
        last_end = 0
        for m in _PER_PERIOD_RE.finditer(clause):
            count, noun, period = _qty(m.group(1), m.group(2)), m.group(3).strip(), m.group(4)
            noun = "visits" if noun == "times" else noun
            if pop_here and pop_m and m.start() == pop_m.start():
                continue  # "20 million users a day" is a population, not a rate
            before = clause[: m.start()]
            if (
                population
                and pop_m
                and re.search(r"\beach\b", before)
                and (not pop_here or pop_m.end() <= m.start())
            ):
                value = population * count / _PERIOD_S[period.lower()]
                how = f"{pop_m.group(0)} × {m.group(0)} ÷ seconds per {period}"
            else:
                value = count / _PERIOD_S[period.lower()]
                how = m.group(0) if period == "second" else f"{m.group(0)} ÷ seconds per {period}"
            out.append(Expected("rate", value, f"{noun} per second", how))
            last_end = m.end()
        ev = _EVERY_RE.search(clause)
        if ev and population:
            n = ev.group(1) or "1"
            secs = float(_WORD_NUM.get(n.lower(), 0) or n) * _PERIOD_S[ev.group(2).lower()]
            out.append(
                Expected(
                    "rate",
                    population / secs,
                    "updates per second",
                    f"{pop_m.group(0)} ÷ {ev.group(0)}",  # type: ignore[union-attr]
                )
            )
        for m in _WITHIN_RE.finditer(clause):
            n = m.group(3)
            secs = float(_WORD_NUM.get(n.lower(), 0) or n) * _PERIOD_S[m.group(4).lower()]
            out.append(
                Expected(
                    "rate", _qty(m.group(1), m.group(2)) / secs, "burst per second", m.group(0)
                )
            )
        for m in _PEAK_HOUR_RE.finditer(clause):
            out.append(
                Expected(
                    "rate",
                    _qty(m.group(1), m.group(2)) / 3600,
                    f"{m.group(3).strip() or 'requests'} per second at peak",
                    f"{m.group(0)} ÷ 3600",
                )
            )
        rates = [e for e in out if e.kind == "rate"]
        times = _TIMES_RE.search(clause) if len(out) == base_len else None
        over = _EACH_OVER_RE.search(clause, last_end) if len(out) > base_len else None
        factor_m = times or over
        if rates and factor_m and float(factor_m.group(1)) > 1:
            factor = float(factor_m.group(1))
            what = "reads per second" if times else f"{factor_m.group(2)} per second"
            out.append(
                Expected(
                    "rate",
                    rates[-1].value * factor,
                    what,
                    f"{rates[-1].what} × {factor:g} ({factor_m.group(0)})",
                )
            )
        size = _SIZE_RE.search(clause)
        if size and out and not re.search(r"\bper (heavy )?user\b", clause):
            per_item = float(size.group(1)) * _BYTES[size.group(2).lower()]
            rate = next((e for e in out if e.kind == "rate"), None)
            if rate is not None:
                out.append(
                    Expected(
                        "storage",
                        rate.value * per_item * _PERIOD_S["month"],
                        "storage per month",
                        f"{rate.what} × {size.group(0)} × seconds per month",
                    )
                )
    return out


@dataclass(frozen=True)
class Stated:
    """A number the candidate wrote: a rate or a size, with its sentence."""

    kind: str
    value: float
    text: str
    quote: str


_RATE_UNIT = (
    r"(?:[a-z]+\s*)?(?:/\s*s(?:ec)?\b|per\s+(?:second|sec)\b|a\s+second\b|qps\b|rps\b|tps\b|"
    r"(?:reads|writes|requests|req|ops)\s*/\s*s(?:ec)?\b)"
)
_STATED_RATE_RE = re.compile(_Q + r"\s*" + _RATE_UNIT, re.IGNORECASE)
_STATED_SIZE_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(kb|mb|gb|tb|pb|eb)\b", re.IGNORECASE)


def stated_numbers(notes: str) -> list[Stated]:
    """The rates (per second) and sizes (bytes) written in the notes.

    >>> [(s.kind, s.value) for s in stated_numbers("About 23k writes/s; 1.5 PB a month.")]
    [('rate', 23000.0), ('storage', 1500000000000000.0)]
    """
    from ._text import quote, sentences

    out: list[Stated] = []
    for s in sentences(notes):
        for m in _STATED_RATE_RE.finditer(s):
            out.append(Stated("rate", _qty(m.group(1), m.group(2)), m.group(0).strip(), quote(s)))
        for m in _STATED_SIZE_RE.finditer(s):
            value = float(m.group(1).replace(",", "")) * _BYTES[m.group(2).lower()]
            out.append(Stated("storage", value, m.group(0).strip(), quote(s)))
    return out


TOLERANCE = 3.0
"""A stated number within this factor of the expected one is right for a back-of-envelope
estimate (a peak factor of 2-3 over the average is still right)."""


@dataclass(frozen=True)
class NumberCheck:
    """One expected number and the candidate's closest statement of it (if any)."""

    expected: Expected
    stated: Stated | None
    ok: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "kind": self.expected.kind,
            "what": self.expected.what,
            "expected": round(self.expected.value, 3),
            "derivation": self.expected.derivation,
            "stated": self.stated.text if self.stated else None,
            "quote": self.stated.quote if self.stated else None,
            "ok": self.ok,
        }


def _ratio(a: float, b: float) -> float:
    if a <= 0 or b <= 0:
        return math.inf
    return max(a / b, b / a)


def check_numbers(
    notes: str, scale: str, tolerance: float = TOLERANCE, expected: Sequence[Expected] | None = None
) -> list[NumberCheck]:
    """Check the notes' back-of-envelope numbers against those the scale implies.

    A storage figure also counts when it matches a day's, a year's or five
    years' worth (candidates size for a retention period). Returns one check
    per expected number, with the closest stated number of the same kind.
    """
    wanted = list(expected) if expected is not None else expected_numbers(scale)
    stated = stated_numbers(notes)
    out = []
    for exp in wanted:
        targets = [exp.value]
        if exp.kind == "storage":
            month = exp.value
            targets = [month / 30, month, month * 12, month * 60]
        same = [s for s in stated if s.kind == exp.kind]
        best = min(same, key=lambda s: min(_ratio(s.value, t) for t in targets), default=None)
        ok = best is not None and min(_ratio(best.value, t) for t in targets) <= tolerance
        out.append(NumberCheck(exp, best, ok))
    return out
