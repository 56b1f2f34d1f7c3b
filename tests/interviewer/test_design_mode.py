"""System-design mode: the prompts as data, rubric scoring with quoted evidence, probing."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_kernel.errors import ProblemFormatError, UnknownProblemError
from interview_kernel.interviewer import DesignInterviewer, InterviewContext, create_interviewer
from interview_kernel.interviewer.catalog import (
    design_prompt_ids,
    load_design_prompt,
    load_design_prompts,
)
from interview_kernel.interviewer.design import DIMENSIONS, DesignPrompt, next_probe, score_design

STRONG = """\
# Requirements
- Shorten a long URL and redirect users to it; custom alias and expiry are optional.
- Redirects need low latency and high availability. The system is read heavy (about 100:1).

# Estimation
Let's assume 120M new links per month: about 50 writes per second and 5,000 redirects per second.
Storage: 120M * 12 * 5 years * 500 bytes is roughly 3.6 TB. A 7 characters base62 code is plenty.

# API
- POST /urls {long_url, alias?} returns the short code; 409 if the alias is taken.
- GET /{code} answers 302 with a Location header; 404 for unknown codes.
- An API key per client, with a rate limit against spam.

# Data model
A key-value store (Cassandra) mapping short code -> long URL, with created_at, expires and owner.

# High-level design
A load balancer in front of stateless app servers. A key generation service hands out counter
ranges that we encode in base62. A Redis cache sits in the redirect path.

# Scaling
Cache hot links (LRU) and put a CDN at the edge. Shard the table by consistent hashing of the
code, add read replicas, and scale the app servers horizontally.

# Reliability
Replication across regions with failover; a unique constraint with retry handles collisions.
We monitor latency and error rates with alerts, and take nightly backups.

# Trade-offs
A counter is predictable, so codes are guessable; hashing avoids that at the cost of collisions.
302 instead of 301 keeps analytics but costs more redirects. Eventual consistency is fine here.

# Summary
To sum up: a cache-heavy read path; first I'd build the write path, then deep dive on caching.
"""

WEAK = "I would use a database and a server. It should be fast."


@pytest.fixture(scope="module")
def url_prompt() -> DesignPrompt:
    return load_design_prompt("url-shortener")


def test_at_least_eight_prompts_with_all_dimensions() -> None:
    ids = design_prompt_ids()
    assert len(ids) >= 8
    for required in ("url-shortener", "rate-limiter", "news-feed", "chat-service"):
        assert required in ids
    for p in load_design_prompts():
        assert tuple(p.dimensions) == DIMENSIONS or set(p.dimensions) == set(DIMENSIONS)
        assert p.prompt.strip() and p.title
        for name, dim in p.dimensions.items():
            assert dim.probe.endswith("?") or dim.probe.endswith("."), (p.id, name)
            assert len(dim.concepts) >= 3, (p.id, name)


def test_strong_design_scores_high_with_quoted_evidence(url_prompt: DesignPrompt) -> None:
    s = score_design(url_prompt, STRONG)
    assert s.score >= 80
    assert [d.dimension for d in s.dimensions] == list(DIMENSIONS)
    for d in s.dimensions:
        assert d.level >= 3, (d.dimension, d.missing)
        for e in d.evidence:
            # every quote is a real excerpt of what the candidate wrote
            assert e.quote.rstrip("…") in " ".join(STRONG.split()) or e.quote in STRONG
    scaling = s.dimension("scaling")
    assert any("Shard the table" in e.quote for e in scaling.evidence)
    assert s.to_dict()["dimensions"][0]["evidence"]


def test_weak_design_scores_low_and_feedback_names_gaps(url_prompt: DesignPrompt) -> None:
    s = score_design(url_prompt, WEAK)
    assert s.score < 25
    assert s.dimension("estimation").level == 0
    assert s.dimension("estimation").label == "missing"
    assert any(fb.startswith("Estimation: missing") for fb in s.feedback)
    assert any("short" in fb for fb in s.feedback)
    assert any("headings" in fb for fb in s.feedback)


def test_empty_design_scores_zero(url_prompt: DesignPrompt) -> None:
    s = score_design(url_prompt, "")
    assert s.score == 0
    assert all(d.level == 0 and not d.evidence for d in s.dimensions)


def test_scores_are_monotonic_in_evidence(url_prompt: DesignPrompt) -> None:
    half = STRONG.split("# Scaling")[0]
    assert score_design(url_prompt, WEAK).score < score_design(url_prompt, half).score
    assert score_design(url_prompt, half).score < score_design(url_prompt, STRONG).score


def test_next_probe_asks_about_the_weakest_dimension(url_prompt: DesignPrompt) -> None:
    only_reqs = "Shorten URLs and redirect. Low latency and availability matter; custom alias."
    dim, question = next_probe(url_prompt, only_reqs) or ("", "")
    assert dim == "estimation"
    assert question == url_prompt.dimensions["estimation"].probe
    dim2, _ = next_probe(url_prompt, only_reqs, asked=["estimation"]) or ("", "")
    assert dim2 == "api"
    assert next_probe(url_prompt, STRONG) is None


def test_interviewer_probes_acknowledges_and_scores(url_prompt: DesignPrompt) -> None:
    iv = DesignInterviewer(url_prompt, backend="rule")
    opening = iv.opening()
    assert "URL shortener" in opening and "120 million" in opening
    first = iv.reply("So, what should I cover?")
    assert url_prompt.dimensions["requirements"].probe in first
    ack = iv.reply(
        "Users shorten a URL and get redirected; custom alias is optional. "
        "We need low latency and high availability, and it is read heavy."
    )
    assert "under requirements" in ack
    assert url_prompt.dimensions["estimation"].probe in ack
    hint = iv.reply("I'm stuck, any hint?")
    assert "A good next step" in hint
    assert iv.report().hints_used == 1
    clar = iv.reply("How many links per month should I assume?")
    assert "120 million" in clar
    end = iv.reply("I'm done", InterviewContext(notes=STRONG))
    assert "out of 100" in end
    report = iv.report()
    assert report.mode == "design" and report.phase == "wrap_up"
    assert report.score is not None and report.score >= 80
    assert report.details["dimensions"][0]["dimension"] == "requirements"


def test_interviewer_reads_notes_from_context(url_prompt: DesignPrompt) -> None:
    iv = DesignInterviewer(url_prompt, backend="rule")
    iv.reply("Here is my design so far", InterviewContext(notes=STRONG))
    assert iv.score().score >= 80


def test_design_interviewer_declines_to_hand_over_an_answer(url_prompt: DesignPrompt) -> None:
    iv = DesignInterviewer(url_prompt, backend="rule")
    assert "no single model answer" in iv.reply("Just show me the reference solution")


def test_empty_and_off_topic_messages(url_prompt: DesignPrompt) -> None:
    iv = DesignInterviewer(url_prompt, backend="rule")
    assert "didn't catch" in iv.reply("")
    assert "stay on the design" in iv.reply("what's the weather?")


def test_create_interviewer_design_mode() -> None:
    iv = create_interviewer("design", "rate-limiter", backend="rule")
    assert isinstance(iv, DesignInterviewer)
    with pytest.raises(UnknownProblemError, match="url-shortener"):
        load_design_prompt("url-shortenr")


def test_bad_prompt_file_reads_as_an_instruction(tmp_path: Path) -> None:
    (tmp_path / "design").mkdir()
    good = load_design_prompt("url-shortener").model_dump()
    del good["dimensions"]["estimation"]
    import yaml

    (tmp_path / "design" / "broken.yaml").write_text(yaml.safe_dump(good))
    with pytest.raises(ProblemFormatError, match="broken.yaml.*missing \\['estimation'\\]"):
        load_design_prompt("broken", dirs=[tmp_path])
    (tmp_path / "design" / "bad-yaml.yaml").write_text("title: [unclosed")
    with pytest.raises(ProblemFormatError, match="cannot be read as YAML"):
        load_design_prompt("bad-yaml", dirs=[tmp_path])


def test_clock_nudges_name_the_gaps_and_wrap_up(url_prompt: DesignPrompt) -> None:
    iv = DesignInterviewer(url_prompt, backend="rule", duration_seconds=2400)
    iv.reply("Users shorten URLs and get redirected; low latency matters.")
    half = iv.on_tick(1200)
    assert half is not None and "halfway" in half and "estimation" in half
    five = iv.on_tick(2100)
    assert five is not None and "Summarise" in five
    up = iv.on_tick(2400)
    assert up is not None and "out of 100" in up
    assert iv.finished and iv.on_tick(2500) is None
    assert DesignInterviewer(url_prompt, backend="rule").duration_seconds == 40 * 60


def test_probing_goes_round_again_until_covered(url_prompt: DesignPrompt) -> None:
    iv = DesignInterviewer(url_prompt, backend="rule")
    replies = [iv.reply("hmm, let me think") for _ in range(12)]
    assert all("covered every dimension" not in r for r in replies)
    assert replies[9] == url_prompt.dimensions["requirements"].probe
