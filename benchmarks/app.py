"""The app in a real browser: time to interactive editor and click-to-verdict, preheated vs not.

    .venv/bin/python benchmarks/app.py [--loads N] [--fresh-context]
    .venv/bin/python benchmarks/app.py --burst 20 [--baseline-src DIR]

``--burst N`` (issue 20) measures something else: N pages of
``?problem=two-sum`` opened together, each in its own browser context, on one
``interview serve`` (preheated, as shipped) after its pool is full and the
machine quiet. Clock: from the moment all N navigations are started to the last
page being interactive (the CodeMirror editor editable and Run enabled and
idle), and each page's own time. Then, 10 s later with every page still open,
the resident memory of the Voila kernels: their RSS summed, minus the idle pool
kernels Voila has refilled meanwhile (each counted at the mean RSS the pool
kernels had before the burst), divided by N: "RSS per idle open page". The
service's sandboxed grading kernels are counted apart. The baseline is the same
burst in the same run on a second server: ``--no-preheat`` (a kernel per page,
the default) or, with ``--baseline-src DIR``, ``interview serve`` from another
checkout (e.g. a worktree of the previous commit: the old eager imports and
pool), run first. The ratio printed is preheated over baseline. Targets: all N
interactive within 30 s; <= 100 MB resident per idle open page.

Starts ``interview serve`` twice on free loopback ports, one with the preheated
kernel pool for ``interview.ipynb`` (the default) and one with ``--no-preheat``
(a kernel per page load), plus a third server, the "voila floor" (below), and
drives headless Debian Chromium (Playwright) over
``/voila/render/interview.ipynb?problem=two-sum``, taking turns between the
servers so machine load hits all alike. For every app page load it measures, in
the page's own clock:

* time to interactive: navigation start to the CodeMirror ``.cm-content`` inside
  ``.interview-editor`` being visible, hit-testable and focusable;
* click-to-verdict: the correct two-sum solution is inserted, ``.interview-run``
  is clicked, and the clock stops when the summary in ``.interview-results``
  says Accepted. The first run comes straight after the editor is ready (the
  grader may still be warming up); a second, warm run follows once the
  complexity probe of the first has finished.

The voila floor is plain Voila (not ``interview serve``) started the way
``interview serve`` starts it (``voila_argv``: same template, flags, preheated
pool of one, JUPYTER_PATH and Content-Security-Policy) over a temporary folder
whose only notebook, ``interview.ipynb``, is one code cell showing an ipywidgets
``Textarea``. Its time to interactive runs from navigation start to that textarea
being visible, hit-testable and focusable: what Voila's own front end costs
before any app code, so the summary says whether the 1.5 s target is below it.

On the preheated server each load also measures the run loop (issue 15):

* Run with three custom cases: the Testcase panel gets three cases of its own
  (so the reference solution runs too), Run is clicked, clock to the verdict;
* Stop: an infinite loop is run, and the clock runs from the click on Stop to
  the "Stopped" summary;
* infinite loop to TLE: click to the Time Limit Exceeded summary (the run stops
  at the first limit).

Targets (issue 5): click-to-verdict p50 <= 300 ms for two-sum; time to
interactive <= 1.5 s preheated. Issue 16: time to interactive preheated within
1.1x of the Voila floor of the same run; picker-to-problem (the picker page, a
click on two-sum, to the app's editor interactive, in the same page: the
picker swaps the app in) p95 <= 2 s, measured both right after the picker's
list showed and 3 s later, each on a freshly preheated kernel. Issue 15: Run
with three custom cases p50 <= 150 ms; Stop p95 <= 500 ms; infinite loop to
TLE <= time limit + 1.5 s. One unmeasured warm-up load per server comes first
(HTTP cache, template). Before each preheated load (the app's and the floor's)
the script waits until Voila's log says the pool is full again, so every
measured load really gets a preheated kernel. Servers and their kernels are
stopped on exit.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUERY = "problem=two-sum"
CORRECT = (
    "def two_sum(nums, target):\n"
    "    seen = {}\n"
    "    for i, x in enumerate(nums):\n"
    "        if target - x in seen:\n"
    "            return [seen[target - x], i]\n"
    "        seen[x] = i\n"
)
RUN_BUTTON = ".interview-run button, button.interview-run"
POOL_FILLED = "is filled with"  # Voila: "Kernel pool of %s is filled with %s kernel(s)"
LOAD_TIMEOUT_MS = 120_000
VERDICT_TIMEOUT_MS = 120_000
IDLE_TIMEOUT_MS = 90_000  # the complexity probe after an Accepted
POOL_TIMEOUT_S = 120.0
SETTLE_TIMEOUT_S = 90.0
QUIET_S = 1.0  # the server's process tree idle this long before a load
IDLE_CPU = 0.05  # "idle": under 5% of one core
TARGET_VERDICT_MS = 300.0
TARGET_CUSTOM_MS = 150.0
TARGET_STOP_MS = 500.0
TARGET_TLE_MS = (2.0 + 1.5) * 1000  # two-sum's 2 s CPU limit + 1.5 s
LOOP = "def two_sum(nums, target):\n    while True:\n        pass\n"
CUSTOM_CASES = "\n[2,7,11,15]\n9\n[1,5,9]\n14\n[0,4,3,0]\n0"
IDLE = ".interview-run[data-state='idle']"
TARGET_TTI_MS = 1500.0
APP = "preheated"
NO_PREHEAT = "not preheated"
FLOOR = "voila floor"
# The floor notebook is named interview.ipynb: voila_argv preheats only that name.
FLOOR_NOTEBOOK = "interview.ipynb"
FLOOR_CODE = 'import ipywidgets as w\nw.Textarea(value="hello")'

# Installed before any page script: a clean draft store, and a watcher that stamps
# performance.now() (ms since navigation start) when the element ``FIND`` returns is
# usable: visible, the topmost element at its corner (``HIT`` tells) and focused.
WATCHER = """
(() => {
  try { localStorage.clear(); } catch (e) {}
  window.__ivTTI = null;
  const ready = () => {
    if (window.__ivTTI !== null) return true;
    const el = FIND;
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    if (el.checkVisibility && !el.checkVisibility({checkOpacity: true,
                                                   checkVisibilityCSS: true})) return false;
    const x = Math.min(Math.max(r.left + 8, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(r.top + 6, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (!(HIT)) return false;
    el.focus();
    if (document.activeElement !== el) return false;
    window.__ivTTI = performance.now();
    return true;
  };
  const loop = () => { if (!ready()) requestAnimationFrame(loop); };
  const start = () => {
    new MutationObserver((_, obs) => { if (ready()) obs.disconnect(); })
      .observe(document, {childList: true, subtree: true, attributes: true});
    requestAnimationFrame(loop);
  };
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, {once: true});
})();
"""
# The app: CodeMirror's editable content inside the editor widget.
INIT_SCRIPT = WATCHER.replace(
    "FIND", "document.querySelector('.interview-editor .cm-editor .cm-content')"
).replace(
    "HIT",
    "hit && hit.closest('.interview-editor .cm-editor')"
    " && el.getAttribute('contenteditable') === 'true'",
)
# The voila floor: the ipywidgets Textarea, once it shows its value.
FLOOR_INIT_SCRIPT = WATCHER.replace(
    "FIND",
    "(() => { const t = document.querySelector('.widget-textarea textarea');"
    " return t && t.value === 'hello' ? t : null; })()",
).replace("HIT", "hit === el && !el.disabled && !el.readOnly")

# Plain Voila as ``interview serve`` runs it (widgets/serve.py, _serve):
# the template on JUPYTER_PATH, the same Content-Security-Policy, the argv given.
FLOOR_LAUNCHER = "import sys; from widgets.serve import run_voila; run_voila(sys.argv[1:])"

# Armed before each click: stamps the click on the run button and the first new
# verdict summary in the results panel.
ARM_SCRIPT = """
() => {
  const res = document.querySelector('.interview-results');
  const old = res.querySelector('.iv-summary');
  const iv = {click: null, verdict: null, code: null, text: null};
  window.__ivRun = iv;
  if (!window.__ivClickHook) {
    window.__ivClickHook = true;
    window.addEventListener('click', (e) => {
      const run = window.__ivRun;
      if (run && run.click === null && e.target.closest('.interview-run'))
        run.click = performance.now();
      if (run && run.stop === undefined && e.target.closest('.interview-stop'))
        run.stop = performance.now();
    }, {capture: true});
  }
  const check = () => {
    const s = res.querySelector('.iv-summary');
    if (!s || s === old || iv.verdict !== null) return;
    iv.verdict = performance.now();
    iv.code = s.dataset.verdict || '';
    iv.text = res.innerText.slice(0, 300);
    obs.disconnect();
  };
  const obs = new MutationObserver(check);
  obs.observe(res, {childList: true, subtree: true, characterData: true});
}
"""


@dataclass
class Server:
    """One ``interview serve`` (or, for the floor, plain Voila) process and what it told us."""

    name: str
    preheat: bool
    port: int
    proc: subprocess.Popen[bytes]
    log: Path
    seen: dict[int, psutil.Process] = field(default_factory=dict)
    floor: bool = False  # plain Voila over the one-Textarea notebook

    @property
    def init_script(self) -> str:
        return FLOOR_INIT_SCRIPT if self.floor else INIT_SCRIPT

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def remember_children(self) -> None:
        """Note every descendant (kernels start in their own sessions: killpg misses them)."""
        try:
            for p in psutil.Process(self.proc.pid).children(recursive=True):
                self.seen.setdefault(p.pid, p)
        except psutil.Error:
            pass


@dataclass
class Load:
    tti_ms: float
    html_ms: float
    first_ms: float | None
    warm_ms: float | None
    note: str = ""
    loop: dict[str, float] = field(default_factory=dict)  # run-loop timings (preheated)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def interview_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("interview")
    return [str(exe)] if exe.exists() else [shutil.which("interview") or "interview"]


def start_server(name: str, preheat: bool, tmp: Path) -> Server:
    port = free_port()
    log = tmp / f"serve-{name}.log"
    env = {**os.environ, "INTERVIEW_DB_URL": f"sqlite:///{tmp / f'{name}.db'}"}
    cmd = [*interview_cmd(), "serve", "--port", str(port), "--host", "127.0.0.1"]
    if not preheat:
        cmd.append("--no-preheat")
    return spawn_server(name, preheat, port, cmd, env, log, ROOT)


def spawn_server(
    name: str, preheat: bool, port: int, cmd: list[str], env: dict[str, str], log: Path, cwd: Path
) -> Server:
    """Start ``cmd`` (an ``interview serve``) in its own session, its output in ``log``."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    return Server(name, preheat, port, proc, log)


def floor_notebook(folder: Path) -> Path:
    """Write the floor notebook: one code cell showing an ipywidgets Textarea."""
    folder.mkdir(parents=True, exist_ok=True)
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "id": "floor",
                "metadata": {},
                "outputs": [],
                "source": FLOOR_CODE,
            }
        ],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = folder / FLOOR_NOTEBOOK
    path.write_text(json.dumps(nb, indent=1) + "\n")
    return path


def start_floor(tmp: Path) -> Server:
    """Plain Voila over a folder holding only the floor notebook, flags as ``interview serve``."""
    from widgets.serve import voila_argv

    port = free_port()
    log = tmp / "serve-voila-floor.log"
    root = floor_notebook(tmp / "floor").parent
    argv = voila_argv(root, "127.0.0.1", port, None, preheat=True, cull_minutes=10)
    env = {**os.environ, "VOILA_APP_PORT": str(port)}
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", FLOOR_LAUNCHER, *argv],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(FLOOR, True, port, proc, log, floor=True)


def wait_until_up(srv: Server, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if srv.proc.poll() is not None:
            raise RuntimeError(f"{srv.name}: server exited:\n{srv.log_text()[-3000:]}")
        try:
            with urllib.request.urlopen(srv.base + "/", timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"{srv.name}: server did not answer:\n{srv.log_text()[-3000:]}"
                ) from None
            time.sleep(0.3)


def wait_for_pool(srv: Server, fills: int) -> float:
    """Block until Voila has logged ``fills`` full pools; returns the seconds waited."""
    t0 = time.monotonic()
    while srv.log_text().count(POOL_FILLED) < fills:
        if srv.proc.poll() is not None:
            raise RuntimeError(f"{srv.name}: server exited:\n{srv.log_text()[-3000:]}")
        if time.monotonic() - t0 > POOL_TIMEOUT_S:
            print(f"  ! {srv.name}: pool not refilled after {POOL_TIMEOUT_S:.0f} s", flush=True)
            break
        time.sleep(0.1)
    return time.monotonic() - t0


def tree_cpu(srv: Server) -> float:
    """CPU seconds used so far by the server and every process below it."""
    total = 0.0
    try:
        procs = [psutil.Process(srv.proc.pid)]
        procs += procs[0].children(recursive=True)
    except psutil.Error:
        return total
    for p in procs:
        srv.seen.setdefault(p.pid, p)
        total += cpu_seconds(p)
    return total


def cpu_seconds(p: psutil.Process) -> float:
    """User plus system CPU seconds of ``p`` so far (0 once it is gone)."""
    try:
        t = p.cpu_times()
    except psutil.Error:
        return 0.0
    return float(t.user + t.system)


def settle(srv: Server) -> float:
    """Wait until the server's process tree is idle for ``QUIET_S``; returns seconds waited.

    A preheated kernel is only useful once it has run the notebook up to
    ``wait_for_request`` (Voila logs the pool as filled as soon as the kernel has
    started), and the previous load's grader and complexity probe should not
    compete with the next load. The same wait applies to both servers.
    """
    t0 = time.monotonic()
    quiet_since = None
    last = tree_cpu(srv)
    while time.monotonic() - t0 < SETTLE_TIMEOUT_S:
        time.sleep(0.25)
        now = tree_cpu(srv)
        busy = (now - last) / 0.25 > IDLE_CPU
        last = now
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= QUIET_S:
            return time.monotonic() - t0
    print(f"  ! {srv.name}: still busy after {SETTLE_TIMEOUT_S:.0f} s", flush=True)
    return time.monotonic() - t0


def stop_server(srv: Server) -> None:
    """SIGTERM the process group (Voila shuts its kernels down), then kill any survivor."""
    srv.remember_children()
    if srv.proc.poll() is None:
        try:
            os.killpg(srv.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            srv.proc.wait(20)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(srv.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            srv.proc.wait(10)
    # Voila shuts its kernels down on SIGTERM; give the sandboxes a moment to follow.
    _, survivors = psutil.wait_procs(list(srv.seen.values()), timeout=5)
    for p in survivors:
        try:
            p.terminate()
        except psutil.Error:
            pass
    _, alive = psutil.wait_procs(survivors, timeout=5)
    for p in alive:
        try:
            p.kill()
        except psutil.Error:
            pass
    if survivors:
        print(f"  ({srv.name}: stopped {len(survivors)} leftover kernel process(es))")


def run_once(page: Any, expect: str = "AC", stop_after_ms: float = 0) -> tuple[float, str]:
    """Click Run and return (click-to-verdict ms, verdict text) from the page's clock.

    With ``stop_after_ms`` Stop is clicked that long after Run, and the time is
    from the click on Stop to the "stopped" summary.
    """
    page.evaluate(ARM_SCRIPT)
    page.click(RUN_BUTTON)  # no wait before: the blur flushes the editor text
    if stop_after_ms:
        page.locator(".interview-run[data-state='running']").wait_for(timeout=VERDICT_TIMEOUT_MS)
        page.wait_for_timeout(stop_after_ms)
        page.click("button.interview-stop")
    page.wait_for_function(
        "() => window.__ivRun && window.__ivRun.verdict !== null",
        timeout=VERDICT_TIMEOUT_MS,
    )
    run = page.evaluate("() => window.__ivRun")
    if run["click"] is None:
        raise RuntimeError("the click on the run button was not seen by the page")
    text = " ".join((run["text"] or "").split())
    if run["code"] != expect:
        raise RuntimeError(f"expected {expect}, got {run['code']!r}: {text[:200]}")
    start = run.get("stop") if stop_after_ms else run["click"]
    return run["verdict"] - start, text


def measure_loop(page: Any) -> dict[str, float]:
    """The run loop on a ready page: Run with three custom cases, Stop, infinite loop to TLE."""
    out: dict[str, float] = {}
    testcase_tab = page.locator(".iv-tabs [data-tab='testcase']")
    if testcase_tab.count():  # the console shows the Result tab after a run
        testcase_tab.click()
    raw = page.locator(".interview-testcase-raw textarea")
    raw.click()
    page.keyboard.press("Control+End")
    page.keyboard.insert_text(CUSTOM_CASES)
    out["custom"], _ = run_once(page, "AC")
    wait_idle(page)
    out["custom_warm"], _ = run_once(page, "AC")
    wait_idle(page)
    page.click(".interview-editor .cm-content")
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(LOOP)
    out["stop"], _ = run_once(page, "stopped", stop_after_ms=300)
    wait_idle(page)
    out["tle"], _ = run_once(page, "TLE")
    wait_idle(page)
    return out


def wait_idle(page: Any) -> bool:
    """Wait until the run button is back (the complexity probe after Accepted is done)."""
    try:
        page.locator(IDLE).wait_for(timeout=IDLE_TIMEOUT_MS)
        return True
    except Exception:  # noqa: BLE001 - a slow probe only costs the warm measurement
        return False


def open_page(page: Any, srv: Server) -> tuple[float, float]:
    """Load the server's page; returns (time to interactive, HTML complete) in page ms."""
    page.goto(
        f"{srv.base}/voila/render/interview.ipynb?{QUERY}",
        wait_until="commit",  # Voila streams the page while the kernel runs
        timeout=LOAD_TIMEOUT_MS,
    )
    page.wait_for_function("() => window.__ivTTI !== null", timeout=LOAD_TIMEOUT_MS)
    tti = float(page.evaluate("() => window.__ivTTI"))
    # The streamed HTML ends once the server has executed the notebook.
    html = float(page.evaluate("() => performance.getEntriesByType('navigation')[0].responseEnd"))
    return tti, html


def measure(context: Any, srv: Server) -> Load:
    page = context.new_page()
    try:
        tti, html = open_page(page, srv)
        if srv.floor:  # nothing to run: the floor is the page alone
            return Load(tti, html, None, None)
        page.click(".interview-editor .cm-content")
        page.keyboard.press("Control+a")
        page.keyboard.insert_text(CORRECT)  # typed newlines would auto-indent
        first, _ = run_once(page)
        warm, note = None, ""
        if wait_idle(page):
            warm, _ = run_once(page)
            if not wait_idle(page):
                note = "probe still running at close"
        else:
            note = "probe did not finish: no warm run"
        loop = measure_loop(page) if srv.name == APP else {}
        return Load(tti, html, first, warm, note, loop)
    finally:
        srv.remember_children()
        page.close(run_before_unload=True)


PICKER_LINK = ".interview-picker-item[data-problem='two-sum'] a"
TARGET_PICK_MS = 2000.0
TARGET_FLOOR_RATIO = 1.1


def measure_picker(context: Any, srv: Server, delay_ms: float) -> float:
    """Picker-to-problem: the picker page, a click on two-sum ``delay_ms`` after its list
    showed, and the clock from that click to the app's editor being interactive (the same
    watcher as the app's loads: visible, hit-testable, focusable)."""
    page = context.new_page()
    try:
        page.goto(
            f"{srv.base}/voila/render/interview.ipynb", wait_until="commit", timeout=LOAD_TIMEOUT_MS
        )
        page.locator(PICKER_LINK).wait_for(timeout=LOAD_TIMEOUT_MS)
        if delay_ms:
            page.wait_for_timeout(delay_ms)
        page.evaluate(
            """() => window.addEventListener('click', () => {
                 window.__ivClick = window.__ivClick || performance.now(); }, {capture: true})"""
        )
        page.click(PICKER_LINK)
        page.wait_for_function("() => window.__ivTTI !== null", timeout=LOAD_TIMEOUT_MS)
        return float(page.evaluate("() => window.__ivTTI - window.__ivClick"))
    finally:
        srv.remember_children()
        page.close(run_before_unload=True)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def summary(xs: list[float]) -> str:
    if not xs:
        return "no data"
    return f"p50 {statistics.median(xs):7.0f} ms  p95 {pct(xs, 95):7.0f} ms  (n={len(xs)})"


def verdict_line(ok: bool) -> str:
    return "MET" if ok else "NOT MET"


# -- burst (issue 20) ------------------------------------------------------------------------

BURST_READY = """
(() => {
  try { localStorage.clear(); } catch (e) {}
  window.__ivReady = null;
  const ready = () => {
    if (window.__ivReady !== null) return true;
    const ed = document.querySelector('.interview-editor .cm-editor .cm-content');
    const run = document.querySelector('.interview-run button, button.interview-run');
    if (!ed || !ed.isConnected || ed.getAttribute('contenteditable') !== 'true') return false;
    if (!run || run.disabled) return false;
    const box = document.querySelector('.interview-run[data-state]');
    if (box && box.dataset.state !== 'idle') return false;
    const r = ed.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    window.__ivReady = Date.now();
    return true;
  };
  const start = () => {
    new MutationObserver((_, obs) => { if (ready()) obs.disconnect(); })
      .observe(document, {childList: true, subtree: true, attributes: true});
  };
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, {once: true});
})();
"""
BURST_TIMEOUT_MS = 300_000
BURST_IDLE_S = 10.0
TARGET_BURST_S = 30.0
TARGET_PAGE_MB = 100.0


def kernel_processes(srv: Server) -> tuple[list[psutil.Process], list[psutil.Process]]:
    """(the Voila kernels, every process of the grading service's sandboxes) under ``srv``."""
    pages: list[psutil.Process] = []
    sandbox: list[psutil.Process] = []
    try:
        children = psutil.Process(srv.proc.pid).children(recursive=True)
    except psutil.Error:
        return pages, sandbox
    for p in children:
        srv.seen.setdefault(p.pid, p)
        try:
            cmd = p.cmdline()
        except psutil.Error:
            continue
        page = any(c in ("widgets.page_kernel", "ipykernel_launcher") for c in cmd)
        (pages if page else sandbox).append(p)
    return pages, sandbox


def cpu_by_part(srv: Server) -> dict[str, float]:
    """CPU seconds used so far by the server process, its page kernels, its sandboxes, Chromium."""
    pages, sandbox = kernel_processes(srv)
    chromium = [p for p in psutil.process_iter(["name"]) if "chrom" in (p.info["name"] or "")]
    parts = {
        "server": [psutil.Process(srv.proc.pid)] if psutil.pid_exists(srv.proc.pid) else [],
        "page kernels": pages,
        "sandboxes": sandbox,
        "browser": chromium,
    }
    return {part: sum(cpu_seconds(p) for p in procs) for part, procs in parts.items()}


def html_burst(srv: Server, n: int) -> float:
    """Seconds until ``n`` pages requested together by plain HTTP all arrive with their app."""
    import httpx

    url = f"{srv.base}/voila/render/interview.ipynb?{QUERY}"

    async def main() -> float:
        t0 = time.monotonic()
        async with httpx.AsyncClient(timeout=BURST_TIMEOUT_MS / 1000) as client:
            got = await asyncio.gather(*(client.get(url) for _ in range(n)))
        bad = [r.status_code for r in got if "widget-view+json" not in r.text]
        if bad:
            raise RuntimeError(f"{len(bad)} of {n} pages came without the app: {bad[:5]}")
        return time.monotonic() - t0

    return asyncio.run(main())


def rss_mb(procs: list[psutil.Process]) -> list[float]:
    out = []
    for p in procs:
        try:
            out.append(p.memory_info().rss / 2**20)
        except psutil.Error:
            pass
    return out


@dataclass
class Burst:
    name: str
    pages: int
    ready_s: list[float]
    failed: list[str]
    kernels_mb: list[float]  # every Voila kernel's RSS, the pages still open and idle
    pool_mb: float  # mean RSS of an idle pool kernel before the burst (0 without a pool)
    sandbox_mb: float
    load_avg: tuple[float, float, float]
    cpu_s: dict[str, float]  # CPU seconds each part used from the first navigation to the last page
    html_s: float = float("nan")  # the same burst by plain HTTP: every page's HTML with its app

    @property
    def all_s(self) -> float:
        return max(self.ready_s) if self.ready_s and not self.failed else float("nan")

    @property
    def spare(self) -> int:
        """Kernels beyond the pages' own: the pool Voila refilled after the burst."""
        return max(0, len(self.kernels_mb) - self.pages)

    @property
    def per_page_mb(self) -> float:
        return (sum(self.kernels_mb) - self.spare * self.pool_mb) / max(self.pages, 1)


async def _burst(srv: Server, n: int, pool_mb: float) -> Burst:
    from playwright.async_api import async_playwright

    url = f"{srv.base}/voila/render/interview.ipynb?{QUERY}"
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            pages = []
            for _ in range(n):  # one context per page: no shared storage, like n people
                ctx = await browser.new_context(viewport={"width": 1400, "height": 1000})
                await ctx.add_init_script(BURST_READY)
                pages.append(await ctx.new_page())
            cpu0 = cpu_by_part(srv)
            t0 = time.time() * 1000

            async def one(page: Any) -> float:
                await page.goto(url, wait_until="commit", timeout=BURST_TIMEOUT_MS)
                await page.wait_for_function(
                    "() => window.__ivReady !== null", timeout=BURST_TIMEOUT_MS, polling=200
                )
                return (float(await page.evaluate("() => window.__ivReady")) - t0) / 1000

            got = await asyncio.gather(*(one(p) for p in pages), return_exceptions=True)
            cpu1 = cpu_by_part(srv)
            ready = sorted(g for g in got if isinstance(g, float))
            failed = [
                f"{type(g).__name__}: {str(g)[:200]}" for g in got if isinstance(g, BaseException)
            ]
            await asyncio.sleep(BURST_IDLE_S)  # every page open and idle
            kernels, sandbox = kernel_processes(srv)
            return Burst(
                name=srv.name,
                pages=n,
                ready_s=ready,
                failed=failed,
                kernels_mb=rss_mb(kernels),
                pool_mb=pool_mb,
                sandbox_mb=sum(rss_mb(sandbox)),
                load_avg=os.getloadavg(),
                cpu_s={k: cpu1[k] - cpu0.get(k, 0.0) for k in cpu1},
            )
        finally:
            await browser.close()


def run_burst(srv: Server, n: int) -> Burst:
    """``n`` pages opened together on ``srv`` once its pool is full and the machine quiet."""
    if srv.preheat:
        wait_for_pool(srv, 1)
    settle(srv)
    pool = rss_mb(kernel_processes(srv)[0])
    burst = asyncio.run(_burst(srv, n, statistics.mean(pool) if pool else 0.0))
    settle(srv)  # the browser's pages are closed: their kernels go; the pool is full again
    burst.html_s = html_burst(srv, n)
    return burst


def start_burst_server(name: str, tmp: Path, preheat: bool, src: Path | None) -> Server:
    """``interview serve`` on a free port with its own store; from ``src`` when given."""
    port = free_port()
    slug = "".join(c if c.isalnum() else "-" for c in name)
    log = tmp / f"serve-{slug}.log"
    env = {
        **os.environ,
        "INTERVIEW_DB_URL": f"sqlite:///{tmp / (slug + '.db')}",
        "INTERVIEW_TOKEN": "",  # loopback without a token: the browser needs no login
    }
    env.pop("JUPYTERHUB_USER", None)
    cmd = [*interview_cmd(), "serve", "--port", str(port), "--host", "127.0.0.1"]
    if not preheat:
        cmd.append("--no-preheat")
    if src is not None:
        env["PYTHONPATH"] = str(src.resolve())
        launcher = "import sys; from interview_kernel.cli import main; sys.exit(main())"
        cmd = [sys.executable, "-c", launcher, *cmd[1:]]
    return spawn_server(name, preheat, port, cmd, env, log, src or ROOT)


def burst_report(b: Burst) -> str:
    load = "/".join(f"{x:.1f}" for x in b.load_avg)
    ready = f"{b.all_s:.1f} s" if b.ready_s and not b.failed else "not all"
    lines = [
        f"{b.name}: {len(b.ready_s)}/{b.pages} pages interactive; all by {ready}"
        f" (p50 {statistics.median(b.ready_s) if b.ready_s else float('nan'):.1f} s,"
        f" first {b.ready_s[0] if b.ready_s else float('nan'):.1f} s); load average {load}",
        f"  Voila kernels: {len(b.kernels_mb)} ({b.spare} idle in the pool, {b.pool_mb:.0f} MB"
        f" each before the burst), {sum(b.kernels_mb):.0f} MB in all; RSS per idle open page"
        f" {b.per_page_mb:.0f} MB (min {min(b.kernels_mb, default=0):.0f}, max"
        f" {max(b.kernels_mb, default=0):.0f}); the service's sandboxes {b.sandbox_mb:.0f} MB",
    ]
    cpu = ", ".join(f"{k} {v:.0f} s" for k, v in b.cpu_s.items())
    lines.append(f"  CPU from the first navigation to the last page interactive: {cpu}")
    lines.append(f"  the same burst by plain HTTP (no browser): all HTML by {b.html_s:.1f} s")
    lines += [f"  ! {f}" for f in b.failed[:3]]
    return "\n".join(lines)


def burst_main(n: int, baseline_src: Path | None) -> int:
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing (apt-get install chromium)", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="bench-burst-"))
    base_name = (
        "baseline (" + (f"serve from {baseline_src}" if baseline_src else "--no-preheat") + ")"
    )
    plan = [(base_name, baseline_src is not None, baseline_src), (APP, True, None)]
    results: list[Burst] = []
    try:
        for name, preheat, src in plan:  # one server at a time: the burst owns the machine
            srv = start_burst_server(name, tmp, preheat, src)
            try:
                wait_until_up(srv)
                print(f"{name}: port {srv.port}, opening {n} pages together ...", flush=True)
                results.append(run_burst(srv, n))
                print(burst_report(results[-1]), flush=True)
            finally:
                stop_server(srv)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if len(results) < 2:
        return 1
    base, new = results
    print()
    print(f"burst of {n} pages, {new.name} / {base.name}:")
    print(
        f"  all interactive: {new.all_s:.1f} s / {base.all_s:.1f} s = {new.all_s / base.all_s:.2f}x"
    )
    print(
        f"  RSS per idle open page: {new.per_page_mb:.0f} MB / {base.per_page_mb:.0f} MB"
        f" = {new.per_page_mb / base.per_page_mb:.2f}x"
    )
    print(
        f"target: {n} pages all interactive within {TARGET_BURST_S:.0f} s: {new.all_s:.1f} s"
        f" -> {verdict_line(new.all_s <= TARGET_BURST_S)}"
    )
    print(
        f"target: <= {TARGET_PAGE_MB:.0f} MB resident per idle open page: {new.per_page_mb:.0f} MB"
        f" -> {verdict_line(new.per_page_mb <= TARGET_PAGE_MB)}"
    )
    return 0 if not (base.failed or new.failed) else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loads", type=int, default=5, help="measured page loads per server")
    ap.add_argument(
        "--fresh-context",
        action="store_true",
        help="a new browser context (cold HTTP cache) for every load",
    )
    ap.add_argument("--burst", type=int, default=0, help="open N pages together instead (issue 20)")
    ap.add_argument(
        "--baseline-src",
        type=Path,
        default=None,
        help="with --burst: the baseline is `interview serve` from this checkout",
    )
    args = ap.parse_args()
    if args.burst:
        return burst_main(args.burst, args.baseline_src)
    if args.loads < 1:
        ap.error("--loads must be at least 1")
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing (apt-get install chromium)", file=sys.stderr)
        return 2

    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="bench-app-"))
    servers: list[Server] = []
    results: dict[str, list[Load]] = {APP: [], NO_PREHEAT: [], FLOOR: []}
    picks: dict[str, list[float]] = {"right after the picker loaded": [], "3 s later": []}
    failed = ""
    try:
        servers = [
            start_server(APP, True, tmp),
            start_server(NO_PREHEAT, False, tmp),
            start_floor(tmp),
        ]
        for srv in servers:
            wait_until_up(srv)
        print(
            "servers: preheated = `interview serve` (pool of 1 for interview.ipynb) on port "
            f"{servers[0].port}; not preheated = `interview serve --no-preheat` on port "
            f"{servers[1].port}; voila floor = Voila with the same flags over one notebook "
            f"showing an ipywidgets Textarea on port {servers[2].port}",
            flush=True,
        )
        fills = {srv.name: 0 for srv in servers}
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            contexts: dict[str, Any] = {}

            def context_for(srv: Server) -> Any:
                if args.fresh_context or srv.name not in contexts:
                    if srv.name in contexts:
                        contexts[srv.name].close()
                    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
                    ctx.add_init_script(srv.init_script)
                    contexts[srv.name] = ctx
                return contexts[srv.name]

            try:
                for i in range(args.loads + 1):
                    label = "warm-up" if i == 0 else f"load {i}/{args.loads}"
                    for srv in servers:
                        waited = 0.0
                        if srv.preheat:
                            fills[srv.name] += 1
                            waited += wait_for_pool(srv, fills[srv.name])
                        waited += settle(srv)
                        load = measure(context_for(srv), srv)
                        first = f"{load.first_ms:.0f}" if load.first_ms is not None else "-"
                        warm = f"{load.warm_ms:.0f}" if load.warm_ms is not None else "-"
                        verdicts = (
                            f"  verdict first {first:>6} ms  warm {warm:>6} ms"
                            if not srv.floor
                            else f"  {'(textarea: no verdict)':>34}"
                        )
                        loop = "".join(f"  {k} {v:.0f} ms" for k, v in load.loop.items())
                        print(
                            f"{label:>12} {srv.name:>13}: interactive {load.tti_ms:6.0f} ms"
                            f" (html {load.html_ms:6.0f}){verdicts}  (settled {waited:.1f} s)"
                            + (f"  [{load.note}]" if load.note else "")
                            + (f"\n{'':>27}run loop:{loop}" if loop else ""),
                            flush=True,
                        )
                        if i > 0:
                            results[srv.name].append(load)
                        if srv.name == APP:  # picker-to-problem, on a preheated kernel too
                            fills[srv.name] += 1
                            wait_for_pool(srv, fills[srv.name])
                            settle(srv)
                            delay = 0.0 if i % 2 else 3000.0
                            took = measure_picker(context_for(srv), srv, delay)
                            kind = "3 s later" if delay else "right after the picker loaded"
                            print(
                                f"{'':>12} picker-to-problem ({kind}): {took:6.0f} ms", flush=True
                            )
                            if i > 0:
                                picks[kind].append(took)
            finally:
                for ctx in contexts.values():
                    ctx.close()
                browser.close()
    except (KeyboardInterrupt, Exception) as exc:  # noqa: BLE001 - report what we have
        failed = f"{type(exc).__name__}: {exc}"
        print(f"stopped early ({failed[:2000]}): partial results", file=sys.stderr)
    finally:
        for srv in servers:
            stop_server(srv)
        logs = {srv.name: srv.log_text() for srv in servers if srv.log.exists()}
        shutil.rmtree(tmp, ignore_errors=True)

    for name in (APP, FLOOR):
        if name in logs:
            used = logs[name].count("Using pre-heated kernel")
            print(
                f"preheated kernels handed out by Voila ({name}): {used} of "
                f"{len(results[name]) + 1} page loads (warm-up included)"
            )
    pre, cold, floor = results[APP], results[NO_PREHEAT], results[FLOOR]
    if not pre or not cold:
        print("no complete measurements", file=sys.stderr)
        return 1
    print()
    print(
        f"two-sum, {len(pre)} + {len(cold)} measured loads, voila floor {len(floor)},"
        " page clock (ms)"
    )
    everyone = list(results)
    rows = [
        ("time to interactive", lambda r: r.tti_ms, everyone),
        ("  of which until the HTML was complete (server side)", lambda r: r.html_ms, everyone),
        ("click-to-verdict (first run)", lambda r: r.first_ms, [APP, NO_PREHEAT]),
        ("click-to-verdict (warm run)", lambda r: r.warm_ms, [APP, NO_PREHEAT]),
    ]
    p50: dict[tuple[str, str], float] = {}
    for title, get, names in rows:
        print(title)
        for name in names:
            xs = [v for v in (get(r) for r in results[name]) if v is not None]
            print(f"  {name:>13}: {summary(xs)}")
            if xs:
                p50[(title, name)] = statistics.median(xs)
        a, b = p50.get((title, APP)), p50.get((title, NO_PREHEAT))
        if a is not None and b:
            print(f"  preheated / not preheated (p50): {a / b:.2f}")
        c = p50.get((title, FLOOR))
        if title == "time to interactive" and a is not None and c:
            print(f"  preheated / voila floor (p50): {a / c:.2f}")
    print()
    tti = p50.get(("time to interactive", APP))
    if tti is not None:
        print(
            f"target: time to interactive p50 <= {TARGET_TTI_MS:.0f} ms preheated: "
            f"{tti:.0f} ms -> {verdict_line(tti <= TARGET_TTI_MS)}"
        )
    base = p50.get(("time to interactive", FLOOR))
    if tti is not None and base:
        ratio = tti / base
        print(
            f"target: time to interactive preheated <= {TARGET_FLOOR_RATIO:.1f}x Voila's floor"
            f" (same run, p50): {ratio:.2f}x -> {verdict_line(ratio <= TARGET_FLOOR_RATIO)}"
        )
    every = [t for xs in picks.values() for t in xs]
    for kind, xs in [*picks.items(), ("all", every)]:
        print(f"picker-to-problem ({kind}): {summary(xs)}")
    for kind, xs in [
        ("right after the picker loaded", picks["right after the picker loaded"]),
        ("all", every),
    ]:
        if xs:
            v = pct(xs, 95)
            print(
                f"target: picker-to-problem p95 <= {TARGET_PICK_MS:.0f} ms ({kind}): {v:.0f} ms"
                f" -> {verdict_line(v <= TARGET_PICK_MS)}"
            )
    if base is not None:
        side = "below" if TARGET_TTI_MS < base else "above"
        print(
            f"Voila's own floor here (one ipywidgets Textarea, preheated): {base:.0f} ms (p50);"
            f" the {TARGET_TTI_MS:.0f} ms target is {side} it"
        )
    else:
        print("voila floor: no measurements", file=sys.stderr)
    for name in (APP, NO_PREHEAT):
        for kind in ("first run", "warm run"):
            v = p50.get((f"click-to-verdict ({kind})", name))
            if v is not None:
                print(
                    f"target: click-to-verdict p50 <= {TARGET_VERDICT_MS:.0f} ms ({name}, "
                    f"{kind}): {v:.0f} ms -> {verdict_line(v <= TARGET_VERDICT_MS)}"
                )
    print()
    print("run loop (preheated, page clock)")
    checks = [
        ("custom", "Run with three custom cases (first)", 50, TARGET_CUSTOM_MS),
        ("custom_warm", "Run with three custom cases (warm)", 50, TARGET_CUSTOM_MS),
        ("stop", "Stop click to 'Stopped'", 95, TARGET_STOP_MS),
        ("tle", "infinite loop to TLE", 100, TARGET_TLE_MS),
    ]
    for key, title, p, target in checks:
        xs = [r.loop[key] for r in pre if key in r.loop]
        print(f"  {title}: {summary(xs)}")
        if xs:
            v = statistics.median(xs) if p == 50 else pct(xs, p)
            which = "max" if p == 100 else f"p{p}"
            print(
                f"target: {title} {which} <= {target:.0f} ms: {v:.0f} ms"
                f" -> {verdict_line(v <= target)}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
