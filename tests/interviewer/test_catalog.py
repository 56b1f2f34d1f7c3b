"""The practice catalogue: 15 design prompts with their components, 40+ behavioural questions."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from interview_kernel.errors import ProblemFormatError
from interview_kernel.interviewer.behavioral import FOCUS_AREAS
from interview_kernel.interviewer.catalog import (
    COMPONENT_KINDS,
    component_vocabulary,
    design_components,
    design_prompt_ids,
    load_design_prompt,
    load_design_prompts,
    load_questions,
)
from interview_kernel.interviewer.design import DIMENSIONS

CORE = {"client", "load balancer", "service", "cache", "database", "queue", "cdn"}


def test_fifteen_design_prompts_with_numbers_and_every_dimension() -> None:
    prompts = load_design_prompts()
    assert len(prompts) >= 15
    assert len({p.title for p in prompts}) == len(prompts)
    for p in prompts:
        assert re.search(r"\d", p.scale), f"{p.id}: the scale needs numbers"
        assert len(p.prompt.split()) >= 25, p.id
        assert len(p.follow_ups) >= 2, p.id
        for name in DIMENSIONS:
            dim = p.dimensions[name]
            assert len(dim.probe.split()) >= 5, (p.id, name)
            assert len(dim.concepts) >= 2 or name == "communication", (p.id, name)


def test_every_prompt_names_the_components_of_a_strong_answer() -> None:
    counts: Counter[str] = Counter()
    for pid in design_prompt_ids():
        components = design_components(pid)
        assert len(components) >= 6, pid
        assert len(CORE & set(components)) >= 3, f"{pid}: {components}"
        counts.update(components)
    # the shared vocabulary the whiteboard checks read: most prompts use the core names
    assert counts["database"] >= 12 and counts["cache"] >= 12 and counts["queue"] >= 10


def test_design_concepts_do_not_fire_on_everyday_words() -> None:
    """Two- and three-letter phrases match word starts: "ot" would fire on "other"."""
    prose = (
        "Other people often operate old systems with capacity to spare; the cascade "
        "of options is the ordinary case."
    )
    from interview_kernel.interviewer.design import score_design

    for prompt in load_design_prompts():
        score = score_design(prompt, prose)
        found = [e.concept for d in score.dimensions for e in d.evidence]
        assert not found, (prompt.id, found)


def _write_prompt(tmp_path: Path, **extra: object) -> None:
    good = load_design_prompt("url-shortener").model_dump()
    good.pop("id")
    good.update(extra)
    (tmp_path / "design").mkdir(exist_ok=True)
    (tmp_path / "design" / "mini.yaml").write_text(yaml.safe_dump(good), encoding="utf-8")


def test_the_loader_accepts_components_and_returns_them(tmp_path: Path) -> None:
    _write_prompt(tmp_path, components=["client", "service", "database"])
    assert load_design_prompt("mini", dirs=[tmp_path]).title == "Design a URL shortener"
    assert design_components("mini", dirs=[tmp_path]) == ["client", "service", "database"]


@pytest.mark.parametrize(
    ("components", "message"),
    [
        ("cache", "list of component names"),
        (["client", ""], "list of component names"),
        (["Client"], "lowercase"),
        (["cache", "cache"], "twice"),
    ],
)
def test_the_loader_rejects_bad_components(
    tmp_path: Path, components: object, message: str
) -> None:
    _write_prompt(tmp_path, components=components)
    with pytest.raises(ProblemFormatError, match=message):
        load_design_prompt("mini", dirs=[tmp_path])


def test_forty_behavioural_questions_over_every_focus_area() -> None:
    questions = load_questions()
    assert len(questions) >= 40
    assert len({q.id for q in questions}) == len(questions)
    assert len({q.text for q in questions}) == len(questions)
    per_focus = Counter(f for q in questions for f in q.focus)
    for focus in FOCUS_AREAS:
        assert per_focus[focus] >= 5, focus
    for q in questions:
        assert q.text.rstrip().endswith(("?", ".")), q.id
        assert len(q.look_for) >= 3, q.id
        assert q.follow_ups, q.id


def test_every_named_component_is_in_the_shared_vocabulary() -> None:
    vocabulary = component_vocabulary()
    assert set(COMPONENT_KINDS) == {v["kind"] for v in vocabulary.values()}
    for pid in design_prompt_ids():
        unknown = [c for c in design_components(pid) if c not in vocabulary]
        assert not unknown, f"{pid}: add {unknown} to problems/design/_components.yaml"
    assert "_components" not in design_prompt_ids()


def test_the_vocabulary_rejects_an_unknown_kind(tmp_path: Path) -> None:
    (tmp_path / "design").mkdir()
    (tmp_path / "design" / "_components.yaml").write_text(
        "cache: {kind: memory, synonyms: [redis]}\n", encoding="utf-8"
    )
    with pytest.raises(ProblemFormatError, match="kind"):
        component_vocabulary(dirs=[tmp_path])
