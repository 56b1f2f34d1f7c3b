"""Behavioural mode in a real Chromium through ``interview serve``: two answers, each
analysed with STAR as it comes, and the end report listing both."""

from __future__ import annotations

from typing import Any

import pytest
from test_app_browser import LOAD_TIMEOUT_MS, Page, browser, server  # noqa: F401

ANSWERS = [
    "Last year at my previous company our checkout service kept timing out during sales. "
    "My task was to find the cause before the next campaign. I analysed the traces, found a "
    "query that ran once per basket item, and rewrote the data access layer; then I added a "
    "load test to the pipeline. As a result the p99 latency dropped from 2 seconds to 300 ms "
    "and we had zero incidents in the next sale.",
    "When I joined my current team, two senior engineers disagreed about the database "
    "migration plan and the project had stalled. I was responsible for the migration tooling. "
    "I met each of them, wrote down both proposals with their risks, and proposed a staged "
    "rollout we could reverse. In the end both agreed, we shipped on time and the migration "
    "moved 40 million rows without downtime.",
]


@pytest.fixture()
def page(browser: Any, server: str) -> Any:  # noqa: F811
    p = Page(browser, server)
    yield p
    assert p.offsite() == [], "requests left the machine"
    p.context.close()


@pytest.mark.browser
def test_two_answers_are_analysed_and_the_report_lists_both(page: Page) -> None:
    pg = page.open("mode=behavioral")
    pg.wait_for_selector(".interview-question .iv-question-text", timeout=LOAD_TIMEOUT_MS)
    questions = []
    for n, answer in enumerate(ANSWERS, 1):
        questions.append(pg.inner_text(".interview-question .iv-question-text"))
        pg.click(".interview-answer textarea")
        pg.keyboard.insert_text(answer)
        pg.click(".interview-answer-send")
        pg.wait_for_function(
            f"() => document.querySelectorAll('.interview-star-panel .interview-star').length"
            f" === {n}",
            timeout=30_000,
        )
    assert questions[0] != questions[1]
    card = pg.locator(".interview-star-panel .interview-star").first
    assert card.locator("tr[data-part='result'][data-found='true'] q").count() == 1
    assert "One thing to improve:" in card.inner_text()

    pg.click(".interview-end")
    pg.wait_for_selector(".iv-behavioral-report", timeout=30_000)
    cards = pg.locator(".iv-behavioral-report .interview-star")
    assert cards.count() == 2
    for i, question in enumerate(questions):
        text = cards.nth(i).inner_text()
        assert question in text
        for part in ("Situation", "Task", "Action", "Result"):
            assert part in text
        assert "I versus we:" in text and "Quantified result:" in text
    assert "300 ms" in cards.nth(0).inner_text()  # the quantified result, quoted
