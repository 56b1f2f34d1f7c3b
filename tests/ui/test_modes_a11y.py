"""Design and behavioural pages in a real Chromium: no serious or critical axe-core
violations, in the dark scheme (the default) and the light one."""

from __future__ import annotations

from typing import Any

import pytest
from test_app_browser import LOAD_TIMEOUT_MS, Page, _axe, browser, server  # noqa: F401


@pytest.fixture(params=["dark", "light"])
def page(request: Any, browser: Any, server: str) -> Any:  # noqa: F811
    p = Page(browser, server)
    p.page.emulate_media(color_scheme=request.param)
    yield p
    p.context.close()


@pytest.mark.browser
def test_the_design_prompt_list_passes_axe(page: Page) -> None:
    pg = page.open("mode=design")
    pg.wait_for_selector(".interview-design-item", timeout=LOAD_TIMEOUT_MS)
    assert _axe(pg, ".iv-mode-app") == []


@pytest.mark.browser
def test_a_design_sitting_passes_axe(page: Page) -> None:
    pg = page.open("mode=design&prompt=url-shortener")
    pg.wait_for_selector(".interview-board .excalidraw canvas", timeout=LOAD_TIMEOUT_MS)
    assert _axe(pg, ".iv-mode-app") == []


@pytest.mark.browser
def test_a_behavioural_sitting_passes_axe(page: Page) -> None:
    pg = page.open("mode=behavioral")
    pg.wait_for_selector(".interview-question .iv-question-text", timeout=LOAD_TIMEOUT_MS)
    assert _axe(pg, ".iv-mode-app") == []
