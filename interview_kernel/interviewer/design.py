"""System-design mode: the prompt model and the rubric analysis of a written design.

Pure. A :class:`DesignPrompt` names, for each of nine rubric dimensions, the
concepts that evidence it (phrases or ``re:`` regular expressions). A design
document (Markdown) is scored per dimension by the concepts it evidences, and
each finding is quoted back, so the candidate sees *why* a dimension scored
as it did. :func:`next_probe` picks the question for the weakest dimension.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ._text import phrase_pattern, quote, sentences

DIMENSIONS: tuple[str, ...] = (
    "requirements",
    "estimation",
    "api",
    "data_model",
    "high_level_design",
    "scaling",
    "reliability",
    "trade_offs",
    "communication",
)
"""The rubric dimensions, in the order an interview usually visits them."""

DIMENSION_TITLES = {
    "requirements": "Requirements",
    "estimation": "Estimation",
    "api": "API",
    "data_model": "Data model",
    "high_level_design": "High-level design",
    "scaling": "Scaling",
    "reliability": "Reliability",
    "trade_offs": "Trade-offs",
    "communication": "Communication",
}

LEVELS = ("missing", "weak", "partial", "good", "strong")
"""Names of the 0-4 levels a dimension scores."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Dimension(_Model):
    """One rubric dimension of a prompt: its probe question and its evidencing concepts."""

    probe: str = Field(description="The question the interviewer asks when this is uncovered.")
    weight: float = Field(1.0, ge=0, description="Relative weight in the overall score.")
    concepts: dict[str, list[str]] = Field(
        description="Concept name -> phrases (or 're:' regexes) whose presence evidences it."
    )

    @field_validator("concepts")
    @classmethod
    def _concepts_ok(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        if not v:
            raise ValueError("a dimension needs at least one concept")
        for name, phrases in v.items():
            if not phrases:
                raise ValueError(f"concept {name!r} needs at least one phrase")
            for p in phrases:
                try:
                    phrase_pattern(p)
                except re.error as exc:
                    raise ValueError(f"concept {name!r}: bad regex {p!r}: {exc}") from exc
        return v


class ExpectedNumber(_Model):
    """A number a design's estimate should reach, within a factor of :data:`.board.TOLERANCE`."""

    kind: str = Field(
        pattern="^(rate|storage)$", description="rate (per second) or storage (bytes)"
    )
    value: float = Field(gt=0)
    what: str = Field(description="What is counted, e.g. 'redirects per second'.")


class DesignPrompt(_Model):
    """A system-design interview prompt, as written in ``problems/design/<id>.yaml``."""

    id: str
    title: str
    difficulty: str = "medium"
    minutes: int = Field(45, ge=5, le=180)
    prompt: str = Field(description="What the interviewer asks, in Markdown.")
    scale: str = Field("", description="Numbers the candidate may ask for, for estimation.")
    follow_ups: list[str] = Field(default_factory=list)
    dimensions: dict[str, Dimension]
    components: list[str] | dict[str, list[str]] = Field(
        default_factory=list,
        description=(
            "The components a strong answer draws on the whiteboard (e.g. 'load balancer',"
            " 'cache', 'database'), or a mapping name -> aliases; matched to shape labels."
        ),
    )
    expected_numbers: list[ExpectedNumber] = Field(
        default_factory=list,
        description=(
            "Back-of-envelope numbers the notes should reach, when they cannot be derived"
            " from `scale` (rates per second, storage in bytes)."
        ),
    )

    @model_validator(mode="after")
    def _all_dimensions(self) -> DesignPrompt:
        missing = [d for d in DIMENSIONS if d not in self.dimensions]
        extra = [d for d in self.dimensions if d not in DIMENSIONS]
        if missing or extra:
            raise ValueError(
                f"dimensions must be exactly {list(DIMENSIONS)}"
                f" (missing {missing}, unexpected {extra})"
            )
        return self


@dataclass(frozen=True)
class Evidence:
    """A concept found in the design, with the sentence that shows it."""

    concept: str
    quote: str


@dataclass
class DimensionScore:
    """How one dimension scored: a 0-4 level, the evidence quoted, and what is missing."""

    dimension: str
    title: str
    level: int
    covered: float
    evidence: list[Evidence] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """``missing``, ``weak``, ``partial``, ``good`` or ``strong``."""
        return LEVELS[self.level]


@dataclass
class DesignScore:
    """The rubric applied to a design document.

    Attributes
    ----------
    score
        0-100, the weighted share of evidenced concepts (with a little credit
        for breadth across dimensions).
    dimensions
        One :class:`DimensionScore` per rubric dimension, in rubric order.
    feedback
        Sentences for the candidate: strengths, then gaps with what to add.
    """

    prompt_id: str
    score: float
    dimensions: list[DimensionScore]
    feedback: list[str]
    words: int

    def dimension(self, name: str) -> DimensionScore:
        """The score of one dimension by name."""
        return next(d for d in self.dimensions if d.dimension == name)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (for the session report)."""
        return {
            "prompt": self.prompt_id,
            "score": self.score,
            "words": self.words,
            "feedback": list(self.feedback),
            "dimensions": [
                {
                    "dimension": d.dimension,
                    "title": d.title,
                    "level": d.level,
                    "label": d.label,
                    "covered": d.covered,
                    "evidence": [{"concept": e.concept, "quote": e.quote} for e in d.evidence],
                    "missing": list(d.missing),
                }
                for d in self.dimensions
            ],
        }


_STRUCTURE_RE = re.compile(r"^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|\|)", re.MULTILINE)


def _find(phrases: Iterable[str], parts: list[str], whole: str) -> str | None:
    for p in phrases:
        pat = phrase_pattern(p)
        for s in parts:
            if pat.search(s):
                return quote(s)
        if p.startswith("re:"):
            m = pat.search(whole)  # multi-line patterns (headings, lists) judge the whole text
            if m:
                line = whole[: m.end()].rsplit("\n", 1)[-1] + whole[m.end() :].split("\n", 1)[0]
                return quote(line or m.group(0))
    return None


def score_dimension(prompt: DesignPrompt, name: str, text: str) -> DimensionScore:
    """Score one dimension of a design document; see :func:`score_design`."""
    dim = prompt.dimensions[name]
    parts = sentences(text)
    evidence, missing = [], []
    for concept, phrases in dim.concepts.items():
        found = _find(phrases, parts, text)
        if found:
            evidence.append(Evidence(concept, found))
        else:
            missing.append(concept)
    covered = len(evidence) / len(dim.concepts)
    level = 0 if not evidence else min(4, 1 + int(covered * 3 + 1e-9))
    return DimensionScore(name, DIMENSION_TITLES[name], level, round(covered, 3), evidence, missing)


def score_design(prompt: DesignPrompt, text: str) -> DesignScore:
    """Apply the prompt's rubric to a design document.

    Parameters
    ----------
    prompt
        The design prompt with its rubric.
    text
        The candidate's design, Markdown or plain prose (chat messages joined).

    Returns
    -------
    DesignScore
        Per-dimension levels with quoted evidence, an overall 0-100 score and feedback.
    """
    dims = [score_dimension(prompt, name, text) for name in DIMENSIONS]
    weights = [prompt.dimensions[d.dimension].weight for d in dims]
    total_w = sum(weights) or 1.0
    depth = sum(w * d.covered for w, d in zip(weights, dims, strict=True)) / total_w
    breadth = sum(w for w, d in zip(weights, dims, strict=True) if d.evidence) / total_w
    score = round(100 * (0.8 * depth + 0.2 * breadth), 1)
    n_words = len(text.split())
    return DesignScore(prompt.id, score, dims, _feedback(prompt, dims, text, n_words), n_words)


def _feedback(
    prompt: DesignPrompt, dims: list[DimensionScore], text: str, n_words: int
) -> list[str]:
    out = []
    strong = [d.title for d in dims if d.level >= 3]
    if strong:
        out.append(f"Strong on: {', '.join(strong)}.")
    for d in dims:
        if d.level <= 1:
            what = ", ".join(d.missing[:3])
            out.append(
                f"{d.title}: {LEVELS[d.level]}; address {what}. "
                + prompt.dimensions[d.dimension].probe
            )
    if n_words < 150:
        out.append(
            "The design is short; a 45-minute answer usually covers each dimension "
            "in a few sentences."
        )
    if not _STRUCTURE_RE.search(text):
        out.append("Structure the write-up with headings or lists so the reader can follow it.")
    return out


def next_probe(
    prompt: DesignPrompt, text: str, asked: Iterable[str] = ()
) -> tuple[str, str] | None:
    """The next question to ask: the earliest dimension (in rubric order) that is weakest.

    Parameters
    ----------
    prompt, text
        The prompt and the design so far.
    asked
        Dimensions already probed; they are not asked again.

    Returns
    -------
    tuple of (dimension, question), or None
        ``None`` when every dimension is at least ``good`` or has been asked.
    """
    skip = set(asked)
    candidates = [score_dimension(prompt, name, text) for name in DIMENSIONS if name not in skip]
    open_dims = [d for d in candidates if d.level < 3]
    if not open_dims:
        return None
    weakest = min(d.level for d in open_dims)
    d = next(d for d in open_dims if d.level == weakest)
    return d.dimension, prompt.dimensions[d.dimension].probe


# -- the whole sitting: notes, messages and the whiteboard ---------------------------------


@dataclass
class DesignAssessment:
    """A design sitting graded on its text, its whiteboard and its numbers.

    Attributes
    ----------
    text
        The rubric applied to the notes and messages (:func:`score_design`).
    board
        The whiteboard checks (``None`` when nothing was drawn).
    numbers
        Each number the prompt's scale implies, with the candidate's closest one.
    levels
        Dimension -> 0-4 level after the board and numbers are counted.
    diagram
        Dimension -> the diagram elements (and number checks) that earned it.
    hire_signal
        From the levels, as :func:`interview_kernel.scoring.hire_signal` maps a rubric.
    """

    text: DesignScore
    board: Any
    numbers: list[Any]
    levels: dict[str, int]
    diagram: dict[str, list[str]]
    gaps: dict[str, list[str]]
    score: float
    hire_signal: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the text rubric's, plus final levels, diagram evidence and gaps.

        Also the board checks, the number checks and the hire signal.
        """
        out = self.text.to_dict()
        out["score"] = self.score
        out["hire_signal"] = self.hire_signal
        for d in out["dimensions"]:
            name = d["dimension"]
            d["text_level"] = d["level"]
            d["level"] = self.levels[name]
            d["label"] = LEVELS[self.levels[name]]
            d["diagram"] = list(self.diagram.get(name, []))
            d["gaps"] = list(self.gaps.get(name, []))
        out["board"] = self.board.to_dict() if self.board is not None else None
        out["numbers"] = [c.to_dict() for c in self.numbers]
        return out

    def rubric(self) -> dict[str, int]:
        """The session store's 1-4 rubric (problem solving, technical, communication, testing)."""

        def mean(*dims: str) -> int:
            return max(1, min(4, round(sum(max(1, self.levels[d]) for d in dims) / len(dims))))

        return {
            "problem_solving": mean("requirements", "estimation", "high_level_design"),
            "technical": mean("api", "data_model", "scaling"),
            "communication": mean("communication", "trade_offs"),
            "testing": mean("reliability"),
        }


def board_labels(analysis: Any) -> str:
    """The whiteboard's component labels as one line of text the rubric can read."""
    if analysis is None or analysis.empty:
        return ""
    labels = [label for labels in analysis.components.values() for label in labels]
    return "Whiteboard: " + ", ".join(labels) + "."


def assess_design(prompt: DesignPrompt, text: str, scene: Any = None) -> DesignAssessment:
    """Grade a design sitting: the written rubric, then the whiteboard and the numbers.

    The board raises *high-level design* (the expected components drawn, the read and
    write paths connected) and *scaling* (cache, CDN, queue, load balancer drawn), and
    settles *reliability*: a single point of failure caps it at ``partial``, a board
    without one raises it a level. Numbers in the notes within a factor of
    :data:`.board.TOLERANCE` of those the prompt's scale implies raise *estimation*;
    numbers far off cap it at ``partial``.

    Parameters
    ----------
    prompt
        The design prompt.
    text
        The notes and the candidate's messages.
    scene
        The Excalidraw scene (JSON text or dict); ``None`` or empty when not drawn.
    """
    from ..scoring import hire_signal
    from .board import Expected, analyze_board, check_numbers

    analysis = analyze_board(scene, prompt.components or None) if scene else None
    if analysis is not None and analysis.empty:
        analysis = None
    written = score_design(prompt, f"{text}\n\n{board_labels(analysis)}".strip())
    levels = {d.dimension: d.level for d in written.dimensions}
    diagram: dict[str, list[str]] = {}
    gaps: dict[str, list[str]] = {}
    if analysis is not None:
        drawn = [k for k in analysis.expected if k in analysis.components]
        share = len(drawn) / len(analysis.expected) if analysis.expected else 1.0
        paths_ok = [f for f in analysis.paths if f.ok and f.check.endswith("_path")]
        hld = min(4, 1 + round(2 * share) + (1 if len(paths_ok) == 2 else 0))
        levels["high_level_design"] = max(levels["high_level_design"], hld)
        diagram["high_level_design"] = [
            f"{_kind_title(k)}: {', '.join(analysis.components[k])}" for k in drawn
        ] + [f.message for f in paths_ok]
        gaps["high_level_design"] = [f"not drawn: {_kind_title(k)}" for k in analysis.missing] + [
            f.message for f in analysis.paths if not f.ok
        ]
        scaling_parts = [
            k for k in ("load_balancer", "cache", "cdn", "queue") if k in analysis.components
        ]
        if scaling_parts:
            levels["scaling"] = max(levels["scaling"], min(4, 1 + len(scaling_parts)))
            diagram["scaling"] = [
                f"{_kind_title(k)}: {', '.join(analysis.components[k])}" for k in scaling_parts
            ]
        spof = [f for f in analysis.spofs if not f.ok]
        if spof:
            levels["reliability"] = min(levels["reliability"], 2)
            gaps["reliability"] = [f.message for f in spof]
        elif analysis.spofs:
            levels["reliability"] = min(4, max(levels["reliability"] + 1, 2))
        diagram["reliability"] = [f.message for f in analysis.spofs if f.ok]
    wanted = [
        Expected(e.kind, e.value, e.what, "given by the prompt") for e in prompt.expected_numbers
    ]
    checks = check_numbers(text, prompt.scale, expected=wanted or None)
    if checks:
        ok = [c for c in checks if c.ok]
        stated = [c for c in checks if c.stated is not None]
        if ok:
            levels["estimation"] = max(levels["estimation"], 1 + round(3 * len(ok) / len(checks)))
            diagram["estimation"] = [
                f"{c.stated.text} for {c.expected.what}"
                f" (expected about {_round(c.expected.value, c.expected.kind)})"
                for c in ok
                if c.stated is not None
            ]
        elif stated:
            levels["estimation"] = min(levels["estimation"], 2)
        gaps["estimation"] = [
            f"{c.expected.what}: about {_round(c.expected.value, c.expected.kind)}"
            f" ({c.expected.derivation})"
            + (f"; you wrote {c.stated.text}" if c.stated is not None else "")
            for c in checks
            if not c.ok
        ]
    weights = {d: prompt.dimensions[d].weight for d in DIMENSIONS}
    total_w = sum(weights.values()) or 1.0
    depth = sum(
        weights[d.dimension] * max(d.covered, levels[d.dimension] / 4) for d in written.dimensions
    )
    breadth = sum(weights[d] for d in DIMENSIONS if levels[d] > 0)
    score = round(100 * (0.8 * depth / total_w + 0.2 * breadth / total_w), 1)
    rubric = [max(1, levels[d]) for d in DIMENSIONS]
    signal = hire_signal(sum(rubric) / len(rubric), min(rubric))
    return DesignAssessment(written, analysis, checks, levels, diagram, gaps, score, signal)


def _kind_title(kind: str) -> str:
    """A component kind as the report names it."""
    from .board import KIND_TITLES

    return KIND_TITLES.get(kind, kind.replace("_", " "))


def _round(value: float, kind: str = "rate") -> str:
    """A number as an estimate is written: 23k/s, 1.5M/s, 1.5 PB."""
    if kind == "storage":
        for limit, unit in ((1e18, "EB"), (1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1e6, "MB")):
            if value >= limit:
                return f"{value / limit:.3g} {unit}"
        return f"{value / 1e3:.3g} KB"
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if value >= limit:
            return f"{value / limit:.3g}{suffix}/s"
    return f"{value:.3g}/s"
