"""Design mode in a real Chromium through ``interview serve``: the prompt list, the offline
whiteboard drawn with the mouse, notes and board kept across a reload, and the report."""

from __future__ import annotations

from typing import Any

import pytest
from test_app_browser import LOAD_TIMEOUT_MS, Page, browser, server  # noqa: F401

BOARD = ".interview-board"
API = "document.querySelector('.interview-board').__ivBoard"
NOTES = (
    "## Requirements\n- shorten a link, redirect, custom alias\n"
    "## Estimation\n- about 50 writes/s and 2,500 redirects per second at peak\n"
)


@pytest.fixture()
def page(browser: Any, server: str) -> Any:  # noqa: F811
    p = Page(browser, server)
    yield p
    assert p.offsite() == [], "requests left the machine"
    p.context.close()


def _open_board(p: Page, query: str) -> Any:
    page = p.open(query)
    page.wait_for_selector(f"{BOARD} .excalidraw canvas", timeout=LOAD_TIMEOUT_MS)
    page.wait_for_function(f"() => !!{API}", timeout=LOAD_TIMEOUT_MS)
    return page


def _elements(page: Any) -> list[list[Any]]:
    return page.evaluate(f"() => {API}.getSceneElements().map(e => [e.type, e.text || ''])")


def _tool(page: Any, key: str, tool: str) -> None:
    page.keyboard.press(key)
    page.wait_for_function(f"() => {API}.getAppState().activeTool.type === '{tool}'")


def _drag(page: Any, box: dict[str, float], a: tuple[int, int], b: tuple[int, int]) -> None:
    page.mouse.move(box["x"] + a[0], box["y"] + a[1])
    page.mouse.down()
    page.mouse.move(box["x"] + b[0], box["y"] + b[1], steps=10)
    page.mouse.up()


def _draw_box(page: Any, box: dict[str, float], x: int, label: str) -> None:
    before = len(_elements(page))
    _tool(page, "r", "rectangle")
    _drag(page, box, (x, 260), (x + 150, 340))
    page.wait_for_function(f"() => {API}.getSceneElements().length > {before}")
    page.keyboard.press("Enter")  # edits the new shape's label
    page.wait_for_selector(f"{BOARD} textarea.excalidraw-wysiwyg")
    page.keyboard.type(label)
    page.keyboard.press("Escape")


@pytest.mark.browser
def test_design_without_a_prompt_lists_the_prompts(page: Page) -> None:
    pg = page.open("mode=design")
    pg.wait_for_selector(".interview-design-item", timeout=LOAD_TIMEOUT_MS)
    assert pg.locator(".interview-design-item").count() >= 9
    link = pg.locator(".interview-design-item[data-prompt='url-shortener'] a")
    assert link.get_attribute("href") == "?mode=design&prompt=url-shortener"


@pytest.mark.browser
def test_board_drawn_with_the_mouse_and_notes_survive_a_reload_and_end_shows_the_report(
    page: Page,
) -> None:
    pg = _open_board(page, "mode=design&prompt=url-shortener")
    assert "120 million new links a month" in pg.inner_text(".interview-problem")
    box = pg.locator(f"{BOARD} canvas.excalidraw__canvas.interactive").bounding_box()
    pg.mouse.click(box["x"] + 600, box["y"] + 480)
    # x >= 250: while a tool is active its style panel covers the left of the board
    _draw_box(pg, box, 260, "Users")
    _draw_box(pg, box, 560, "Postgres")
    _tool(pg, "a", "arrow")
    _drag(pg, box, (330, 300), (630, 300))  # from inside Users to inside Postgres
    pg.keyboard.press("Escape")
    kinds = sorted(t for t, _ in _elements(pg))
    assert kinds == ["arrow", "rectangle", "rectangle", "text", "text"]
    pg.click(".interview-notes textarea")
    pg.keyboard.insert_text(NOTES)
    pg.mouse.move(5, 5)  # the pointer leaves the board: its change is sent at once
    pg.wait_for_timeout(3000)  # the store saves within a second of the last change

    pg.reload(wait_until="commit")
    pg.wait_for_selector(f"{BOARD} .excalidraw canvas", timeout=LOAD_TIMEOUT_MS)
    pg.wait_for_function(f"() => !!{API} && {API}.getSceneElements().length >= 5")
    labels = {text for t, text in _elements(pg) if t == "text"}
    assert labels == {"Users", "Postgres"}
    assert "2,500 redirects per second" in pg.input_value(".interview-notes textarea")

    pg.click(".interview-end")
    report = pg.wait_for_selector(".iv-design-report", timeout=LOAD_TIMEOUT_MS)
    text = report.inner_text()
    assert "Hire signal:" in text
    assert pg.locator(".iv-design-report .iv-dim").count() == 9
    hld = pg.inner_text(".iv-dim[data-dimension='high_level_design']")
    assert "Users" in hld and "Postgres" in hld  # the diagram elements that earned it
    assert "no replica" in pg.inner_text(".iv-dim[data-dimension='reliability']")
    assert "2,500 redirects per second" in pg.inner_text(".iv-design-report table")
