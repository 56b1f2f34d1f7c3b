"""The served app in a real headless Chromium (Playwright), plus ``interview serve``'s settings.

The browser tests start ``interview serve`` on a free port and drive
``/voila/render/interview.ipynb?problem=two-sum`` through the stable DOM hooks.
They need Debian's ``chromium`` (Playwright's own download does not work here)
and, for verdicts, the sandbox (bubblewrap).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from widgets import serve

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOOKS = [
    "interview-app",
    "interview-problem",
    "interview-editor",
    "interview-language",
    "interview-run",
    "interview-submit",
    "interview-stop",
    "interview-testcases",
    "interview-testcase-raw",
    "interview-results",
    "interview-hint",
    "interview-chat-log",
    "interview-chat-input",
    "interview-chat-send",
    "interview-countdown",
]
CORRECT = (
    "def two_sum(nums, target):\n"
    "    seen = {}\n"
    "    for i, x in enumerate(nums):\n"
    "        if target - x in seen:\n"
    "            return [seen[target - x], i]\n"
    "        seen[x] = i\n"
)
WRONG = "def two_sum(nums, target):\n    return [0, 0]\n"
LOOP = "def two_sum(nums, target):\n    while True:\n        pass\n"
CPP_CORRECT = (
    "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
    "        unordered_map<int, int> seen;\n"
    "        for (int i = 0; i < (int)nums.size(); i++) {\n"
    "            auto it = seen.find(target - nums[i]);\n"
    "            if (it != seen.end()) return {it->second, i};\n"
    "            seen[nums[i]] = i;\n        }\n        return {};\n    }\n};\n"
)
IDLE = ".interview-run[data-state='idle']"
SERVED: dict[str, Path] = {}  # the served app's database, to check what was recorded
AXE = ROOT / "tests" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
LOAD_TIMEOUT_MS = 90_000
VERDICT_TIMEOUT_MS = 120_000  # the first run waits for the sandbox to warm up
PROBE_TIMEOUT_MS = 60_000  # the complexity probe after an Accepted (a few seconds when idle)


# -- interview serve, without a browser ------------------------------------------------------


def test_serve_registers_with_the_contract_defaults() -> None:
    parser = argparse.ArgumentParser()
    serve.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve"])
    assert (args.port, args.host, args.func) == (5100, "127.0.0.1", serve._serve)


def test_only_the_app_notebook_is_preheated() -> None:
    argv = serve.voila_argv(ROOT / "notebooks", "127.0.0.1", 5100, None, True, 30)
    deny = next(a for a in argv if a.startswith("--VoilaKernelManager.preheat_denylist="))
    pattern = re.compile(eval(deny.split("=", 1)[1])[0])  # noqa: S307 - our own JSON list
    assert not pattern.match("interview.ipynb")
    assert pattern.match("dashboard.ipynb") and pattern.match("grade.ipynb")
    assert "--template=interview" in argv and "--show_tracebacks=False" in argv
    assert "--preheat_kernel=True" in argv


def test_the_served_root_holds_only_the_app_and_the_dashboard(tmp_path: Path) -> None:
    served = serve.app_root(ROOT / "notebooks", tmp_path)
    assert sorted(p.name for p in served.iterdir()) == ["dashboard.ipynb", "interview.ipynb"]
    assert (served / "interview.ipynb").resolve() == (ROOT / "notebooks" / "interview.ipynb")


def test_loopback_detection() -> None:
    assert serve.is_loopback("127.0.0.1") and serve.is_loopback("::1")
    assert serve.is_loopback("localhost")
    assert not serve.is_loopback("0.0.0.0") and not serve.is_loopback("example.org")


def test_non_loopback_never_serves_a_weak_sandbox(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setenv("INTERVIEW_SANDBOX", "weak")
    args = argparse.Namespace(
        host="0.0.0.0", port=5100, token=None, no_preheat=False, cull_minutes=30
    )
    assert serve._serve(args) == 2
    assert "refusing weak sandbox" in capsys.readouterr().err


def test_the_template_loads_nothing_from_a_cdn() -> None:
    template = Path(serve.template_root()) / "voila" / "templates" / "interview"
    for f in (f for f in template.iterdir() if f.is_file()):
        assert "cdn." not in f.read_text(), f


# -- the app in Chromium ---------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _interview_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("interview")
    return [str(exe)] if exe.exists() else [shutil.which("interview") or "interview"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    port = _free_port()
    tmp = tmp_path_factory.mktemp("serve")
    log = tmp / "serve.log"
    SERVED["db"] = tmp / "interview.db"
    # An empty token on loopback: the app without authentication (the API tests cover tokens).
    env = {**os.environ, "INTERVIEW_DB_URL": f"sqlite:///{SERVED['db']}", "INTERVIEW_TOKEN": ""}
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [*_interview_cmd(), "serve", "--port", str(port), "--host", "127.0.0.1"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"interview serve exited:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(base + "/", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"interview serve did not answer:\n{log.read_text()[-3000:]}")
                time.sleep(0.3)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page plus every URL it requested."""

    def __init__(self, browser: Any, base: str) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.base = base
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, query: str) -> Any:
        # Voila streams the page while the kernel runs the notebook: do not wait for "load".
        self.page.goto(
            f"{self.base}/voila/render/interview.ipynb?{query}",
            wait_until="commit",
            timeout=LOAD_TIMEOUT_MS,
        )
        return self.page

    def offsite(self) -> list[str]:
        return [
            u
            for u in self.requests
            if not u.startswith(("blob:", "data:"))
            and urlparse(u).hostname not in ("127.0.0.1", "localhost")
        ]


@pytest.fixture()
def app_page(browser: Any, server: str) -> Iterator[Page]:
    p = Page(browser, server)
    yield p
    assert p.offsite() == [], "requests left the machine"
    p.context.close()


def _open_app(p: Page, query: str = "problem=two-sum") -> Any:
    page = p.open(query)
    page.wait_for_selector(".interview-editor .cm-editor .cm-content", timeout=LOAD_TIMEOUT_MS)
    return page


def _replace_code(page: Any, code: str) -> None:
    page.click(".interview-editor .cm-content")
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(code)  # typed newlines would auto-indent and corrupt Python


def _needs_sandbox() -> None:
    if not shutil.which("bwrap") and os.environ.get("INTERVIEW_SANDBOX") != "weak":
        pytest.skip("bubblewrap is missing: grading refuses to run")


@pytest.mark.browser
def test_app_renders_every_dom_hook(app_page: Page) -> None:
    # language= explicitly: without it the open session's language comes back.
    page = _open_app(app_page, "problem=two-sum&language=python")
    for hook in HOOKS:
        assert page.locator(f".{hook}").count() >= 1, hook
    assert "Two Sum" in page.inner_text(".interview-problem")
    assert "def two_sum" in page.inner_text(".interview-editor .cm-content")


@pytest.mark.browser
def test_correct_code_with_ctrl_enter_is_accepted(app_page: Page, tmp_path: Path) -> None:
    _needs_sandbox()
    page = _open_app(app_page)
    _replace_code(page, CORRECT)
    page.keyboard.press("Control+Enter")
    results = page.locator(".interview-results")
    results.get_by_text("Accepted").first.wait_for(timeout=VERDICT_TIMEOUT_MS)
    assert re.search(r"(\d+)/\1 passed", results.inner_text())
    # Ctrl+Enter ran the tests instead of inserting a line.
    assert page.locator(".interview-editor .cm-line").count() == CORRECT.count("\n") + 1
    chat = page.locator(".interview-chat-log")
    assert "Today's problem is Two Sum" in chat.inner_text()  # the interviewer's opening
    chat.get_by_text("tests pass").wait_for(timeout=10_000)
    # After the Accepted the probe times the code in the sandbox and plots it.
    head = page.locator(".interview-complexity .iv-complexity-head[data-best^='O(']")
    head.wait_for(timeout=PROBE_TIMEOUT_MS)
    assert re.search(r"Measured O\(.+\)\s+confidence \d+%", head.inner_text())
    assert "target O(n)" in head.inner_text()
    assert page.locator(".interview-complexity svg").count() == 1
    page.locator(IDLE).wait_for(timeout=10_000)
    shot = tmp_path / "app.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    # The README's screenshot: test_app_layout.test_the_readme_screenshot.


@pytest.mark.browser
def test_wrong_code_with_the_submit_button_is_a_wrong_answer(app_page: Page) -> None:
    _needs_sandbox()
    page = _open_app(app_page)
    _replace_code(page, WRONG)
    page.click("button.interview-submit")  # no wait: blur flushes the text
    results = page.locator(".interview-results")
    results.get_by_text("Wrong Answer").first.wait_for(timeout=VERDICT_TIMEOUT_MS)
    first = page.locator(".interview-results details.iv-first-failure[open]")
    assert first.count() == 1
    assert "[0, 0]" in first.inner_text()  # the typed code was graded, not the starter
    assert "hidden-1 (hidden)" in results.inner_text()
    row = page.locator(".interview-result-row[data-name='example-1']")
    assert row.get_attribute("data-verdict") == "WA"


def _wait_state(page: Any, state: str, timeout: float = VERDICT_TIMEOUT_MS) -> None:
    page.locator(f".interview-run[data-state='{state}']").wait_for(timeout=timeout)


def _verdict(page: Any) -> str:
    return page.locator(".interview-results .iv-summary").get_attribute("data-verdict") or ""


@pytest.mark.browser
def test_ctrl_enter_while_the_probe_measures_runs_the_new_code(app_page: Page) -> None:
    _needs_sandbox()
    page = _open_app(app_page)
    _replace_code(page, CORRECT)
    page.keyboard.press("Control+Enter")
    _wait_state(page, "probing")
    _replace_code(page, WRONG)
    asked = time.monotonic()
    page.keyboard.press("Control+Enter")
    page.wait_for_function(
        "() => document.querySelector('.interview-results .iv-summary')?.dataset.verdict === 'WA'",
        timeout=VERDICT_TIMEOUT_MS,
    )
    took = time.monotonic() - asked
    assert took < 5, took  # not after the probe's seconds
    _wait_state(page, "idle")


@pytest.mark.browser
def test_ctrl_enter_during_a_tle_is_queued_and_the_loop_ends_in_time(app_page: Page) -> None:
    _needs_sandbox()
    page = _open_app(app_page)
    _replace_code(page, LOOP)
    started = time.monotonic()
    page.keyboard.press("Control+Enter")
    _wait_state(page, "running")
    _replace_code(page, CORRECT)
    page.keyboard.press("Control+Enter")
    _wait_state(page, "queued", 5_000)
    page.wait_for_function(
        "() => document.querySelector('.interview-results .iv-summary')?.dataset.verdict === 'AC'",
        timeout=VERDICT_TIMEOUT_MS,
    )
    # The loop got one time limit (2 s CPU) before the queued run, not one per test.
    assert time.monotonic() - started < 2 + 1.5 + 4, time.monotonic() - started


@pytest.mark.browser
def test_stop_and_esc_end_a_run_and_say_stopped(app_page: Page) -> None:
    _needs_sandbox()
    page = _open_app(app_page)
    _replace_code(page, LOOP)
    page.keyboard.press("Control+Enter")
    _wait_state(page, "running")
    page.wait_for_timeout(300)
    asked = time.monotonic()
    page.click("button.interview-stop")
    _wait_state(page, "idle", 5_000)
    assert time.monotonic() - asked < 1.5
    assert _verdict(page) == "stopped" and "Stopped" in page.inner_text(".interview-results")
    page.click(".interview-editor .cm-content")  # the click on Stop took the focus
    page.keyboard.press("Control+Enter")
    _wait_state(page, "running")
    page.keyboard.press("Escape")
    _wait_state(page, "idle", 5_000)
    assert _verdict(page) == "stopped"


@pytest.mark.browser
def test_chat_enter_sends_what_is_in_the_box(app_page: Page) -> None:
    page = _open_app(app_page)
    log = page.locator(".interview-chat-log")
    log.get_by_text("Two Sum").wait_for(timeout=10_000)
    box = page.locator(".interview-chat-input input")
    box.click()
    page.keyboard.type("first message")
    page.keyboard.press("Enter")
    log.locator(".iv-msg.iv-user").get_by_text("first message").wait_for(timeout=10_000)
    page.keyboard.type("second message")
    page.keyboard.press("Enter")
    log.locator(".iv-msg.iv-user").get_by_text("second message").wait_for(timeout=10_000)
    users = log.locator(".iv-msg.iv-user").all_inner_texts()
    assert users[-2:] == ["first message", "second message"], users


@pytest.mark.browser
@pytest.mark.parametrize(("language", "code"), [("python", CORRECT), ("cpp", CPP_CORRECT)])
def test_custom_input_runs_against_the_reference(app_page: Page, language: str, code: str) -> None:
    _needs_sandbox()
    page = _open_app(app_page, f"problem=two-sum&language={language}")
    _replace_code(page, code)
    page.get_by_role("tab", name="Testcase").click()  # a resumed session opens on its result
    raw = page.locator(".interview-testcase-raw textarea")
    raw.click()
    page.keyboard.press("Control+End")
    page.keyboard.insert_text("\n[1,5,9]\n14")
    page.click("button.interview-run")
    row = page.locator(".interview-result-row[data-name='custom-1']")
    row.wait_for(timeout=VERDICT_TIMEOUT_MS)
    assert row.get_attribute("data-verdict") == "AC"
    assert page.locator(".interview-result-row[data-name^='hidden']").count() == 0
    page.get_by_role("tab", name="Testcase").click()  # a run brought the Result tab forward
    raw.fill('[1,2]\n"x"')
    page.click("button.interview-run")
    page.locator(".interview-results").get_by_text("case 1, target (line 2)").wait_for(
        timeout=VERDICT_TIMEOUT_MS
    )


@pytest.mark.browser
def test_submit_is_recorded_and_run_is_not(app_page: Page) -> None:
    _needs_sandbox()
    import sqlite3

    def submissions() -> int:
        with sqlite3.connect(SERVED["db"]) as db:
            return int(db.execute("select count(*) from code_submissions").fetchone()[0])

    page = _open_app(app_page, "problem=valid-parentheses")
    before = submissions()
    page.click("button.interview-run")
    page.locator(".interview-results .iv-summary").wait_for(timeout=VERDICT_TIMEOUT_MS)
    _wait_state(page, "idle")
    assert submissions() == before
    page.click("button.interview-submit")
    page.locator(".interview-result-row[data-name^='hidden']").first.wait_for(
        timeout=VERDICT_TIMEOUT_MS
    )
    _wait_state(page, "idle")
    deadline = time.monotonic() + 10
    while submissions() == before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert submissions() == before + 1


@pytest.mark.browser
def test_chat_hint_and_reply_arrive(app_page: Page) -> None:
    # Timed: a fresh session, so the interviewer has no earlier conversation to go on from.
    page = _open_app(app_page, "problem=two-sum&mode=interview")
    log = page.locator(".interview-chat-log")
    log.get_by_text("Two Sum").wait_for(timeout=10_000)
    page.click(".interview-hint")
    log.get_by_text("Hint 1 of 3").wait_for(timeout=10_000)
    page.fill(".interview-chat-input input", "I would use a hash map")
    page.click(".interview-chat-send")
    log.get_by_text("I would use a hash map").wait_for(timeout=10_000)
    reply = log.locator(".iv-msg.iv-ai").last
    reply.get_by_text("complexity").wait_for(timeout=10_000)  # the interviewer's follow-up


@pytest.mark.browser
def test_countdown_ticks_and_draft_survives_reload(app_page: Page) -> None:
    page = _open_app(app_page, "problem=two-sum&mode=interview")
    clock = page.locator(".interview-countdown .iv-clock")
    first = clock.inner_text()
    assert re.match(r"\d\d:\d\d left", first), first
    page.wait_for_function(
        "t => document.querySelector('.interview-countdown .iv-clock').textContent !== t",
        arg=first,
        timeout=5_000,
    )
    _replace_code(page, "# my draft\n" + WRONG)
    page.wait_for_timeout(800)  # past the debounce: the draft is in localStorage
    page.reload(wait_until="commit", timeout=LOAD_TIMEOUT_MS)
    page.wait_for_selector(".interview-editor .cm-content", timeout=LOAD_TIMEOUT_MS)
    page.locator(".interview-editor .cm-content").get_by_text("# my draft").wait_for(timeout=10_000)


def _axe(page: Any, scope: str) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations inside ``scope`` (axe injected from disk)."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: cd tests/axe && npm install")
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async scope => (await axe.run(scope, {resultTypes: ["violations"]})).violations
            .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(" "))}))
        """,
        scope,
    )
    return [v for v in found if v["impact"] in ("serious", "critical")]


@pytest.mark.browser
def test_the_picker_has_no_serious_accessibility_violations(app_page: Page) -> None:
    page = app_page.open("")
    page.wait_for_selector(".interview-picker-item", timeout=LOAD_TIMEOUT_MS)
    assert page.get_by_role("searchbox", name="Search problems").count() == 1
    assert page.get_by_role("combobox", name="Difficulty").count() == 1
    assert _axe(page, ".interview-picker") == []


@pytest.mark.browser
def test_the_dashboard_links_the_app_and_passes_axe(app_page: Page, server: str) -> None:
    page = app_page.page
    page.goto(f"{server}/voila/render/dashboard.ipynb", wait_until="commit")
    page.wait_for_selector(".dash-summary", timeout=LOAD_TIMEOUT_MS)
    assert "root" not in page.inner_text(".dash-summary")
    assert page.locator(".dash-nav a[href='interview.ipynb']").count() == 1
    assert page.locator(".dash-heatmap svg[role='img']").count() == 1
    assert _axe(page, "body") == []


@pytest.mark.browser
def test_the_tree_offers_the_app_and_the_dashboard_only(app_page: Page, server: str) -> None:
    page = app_page.page
    page.goto(f"{server}/", wait_until="domcontentloaded", timeout=LOAD_TIMEOUT_MS)
    page.get_by_text("interview.ipynb").first.wait_for(timeout=LOAD_TIMEOUT_MS)
    listed = page.inner_text("body")
    assert "dashboard.ipynb" in listed and "grade.ipynb" not in listed
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{server}/voila/render/grade.ipynb", timeout=30)
    assert err.value.code == 404


@pytest.mark.browser
def test_unknown_problem_shows_the_picker(app_page: Page) -> None:
    page = app_page.open("problem=two-summ")
    page.wait_for_selector(".interview-picker-item", timeout=LOAD_TIMEOUT_MS)
    notice = page.locator(".interview-picker .ivp-notice")
    assert "There is no problem called" in notice.inner_text()
    assert "`" not in notice.inner_text()
    assert notice.locator("a[href='?problem=two-sum']").count() == 1  # a suggestion, as a link


@pytest.mark.browser
def test_picker_search_filter_and_sort(app_page: Page) -> None:
    page = app_page.open("")
    page.wait_for_selector(".interview-picker-item", timeout=LOAD_TIMEOUT_MS)
    items = page.locator(".interview-picker-item")
    total = items.count()
    assert total >= 40
    badge = page.locator(".interview-picker-item[data-problem='two-sum'] .iv-badge")
    assert badge.inner_text() == "Easy"
    colour = badge.evaluate("b => getComputedStyle(b).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), colour  # the badge is visible
    assert "Easy" in page.inner_text(".interview-picker .ivp-counts")
    page.fill(".interview-picker-search", "two sum")
    page.wait_for_function("() => document.querySelectorAll('.interview-picker-item').length < 5")
    assert "two-sum" in [i.get_attribute("data-problem") for i in items.all()]
    page.fill(".interview-picker-search", "")
    page.select_option(".interview-picker select[aria-label='Difficulty']", "hard")
    page.wait_for_function(
        f"() => document.querySelectorAll('.interview-picker-item').length < {total}"
    )
    assert {b.inner_text() for b in page.locator(".interview-picker-item .iv-badge").all()} == {
        "Hard"
    }
    assert "difficulty=hard" in page.url  # the filters are in the address: Back restores them
    page.select_option(".interview-picker select[aria-label='Difficulty']", "")
    page.select_option(".interview-picker select[aria-label='Company']", "Google")
    page.select_option(".interview-picker select[aria-label='Sort by']", "difficulty")
    shown = [b.inner_text() for b in page.locator(".interview-picker-item .iv-badge").all()]
    assert shown and shown == sorted(shown, key=["Easy", "Medium", "Hard"].index)


@pytest.mark.browser
def test_picker_link_opens_the_problem_at_its_own_url(app_page: Page) -> None:
    page = app_page.open("")
    link = page.locator(".interview-picker-item[data-problem='two-sum'] a")
    link.wait_for(timeout=LOAD_TIMEOUT_MS)
    assert link.get_attribute("href") == "?problem=two-sum"
    started = time.monotonic()
    link.click()  # swapped into this page (its kernel is warm), the address set to the problem's
    page.wait_for_selector(".interview-editor .cm-editor .cm-content", timeout=LOAD_TIMEOUT_MS)
    assert time.monotonic() - started < 8  # a new page without a preheated kernel takes 20 s
    assert page.url.endswith("/voila/render/interview.ipynb?problem=two-sum")
    page.reload(
        wait_until="commit", timeout=LOAD_TIMEOUT_MS
    )  # the problem is in the address, so a reload keeps it
    page.wait_for_selector(".interview-problem", timeout=LOAD_TIMEOUT_MS)
    assert "Two Sum" in page.inner_text(".interview-problem")


@pytest.mark.browser
def test_language_from_the_query_and_the_selector(app_page: Page) -> None:
    page = _open_app(app_page, "problem=valid-parentheses&language=cpp")
    editor = page.locator(".interview-editor .cm-content")
    assert "bool isValid(string s)" in editor.inner_text()
    select = page.locator(".interview-language select")
    select.select_option(label="Java")
    editor.get_by_text("boolean isValid(String s)").wait_for(timeout=10_000)


@pytest.mark.browser
def test_closing_the_tab_shuts_its_kernel_down(app_page: Page, server: str) -> None:
    """Voila's close-time shutdown needs the _xsrf cookie; the template makes sure it is set."""
    sockets: list[str] = []
    app_page.page.on("websocket", lambda ws: sockets.append(ws.url))
    page = _open_app(app_page)
    kernel_ids = {m.group(1) for u in sockets if (m := re.search(r"/api/kernels/([^/]+)/", u))}
    assert len(kernel_ids) == 1, sockets
    url = f"{server}/api/kernels/{kernel_ids.pop()}"

    def alive() -> bool:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return True
        except urllib.error.HTTPError as exc:
            return exc.code != 404

    assert alive()
    page.wait_for_function("() => /(^|;\\s*)_xsrf=/.test(document.cookie)", timeout=30_000)
    page.close(run_before_unload=True)
    deadline = time.monotonic() + 30
    while alive():
        assert time.monotonic() < deadline, "the kernel outlived its tab"
        time.sleep(0.3)
