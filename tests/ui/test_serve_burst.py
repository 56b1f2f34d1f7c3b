"""Pages loaded together on one ``interview serve`` (issue 20): every page gets its app.

A burst of page loads found three faults: Voila dropped a page's app when its output
came more than 4 s after the cell's reply (the page stayed blank for good), the waiting
pages' animated spinner kept the browser's CPU busy, and the page kernels' imports took
the CPU from the server. These tests load pages by plain HTTP against a started server.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import httpx
import psutil
import pytest

from tests.api.conftest import TOKEN, start_server, stop_server
from widgets import page_kernel, serve

pytestmark = pytest.mark.slow
PAGES = 4
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@pytest.fixture(scope="module")
def burst(tmp_path_factory):
    """``PAGES`` app pages requested at once; their HTML, and the server's process."""
    proc, server = start_server(tmp_path_factory.mktemp("burst"))
    url = f"{server.base}/voila/render/interview.ipynb?problem=two-sum&token={TOKEN}"
    kernels: list[psutil.Process] = []

    def load(_: int) -> str:
        return httpx.get(url, timeout=180).text

    try:
        with ThreadPoolExecutor(PAGES) as pool:
            pages = list(pool.map(load, range(PAGES)))
        for child in psutil.Process(proc.pid).children(recursive=True):
            try:
                if "widgets.page_kernel" in " ".join(child.cmdline()):
                    kernels.append(child)
            except psutil.NoSuchProcess:
                continue
        yield pages, psutil.Process(proc.pid).nice(), [k.nice() for k in kernels]
    finally:
        stop_server(proc)


def test_every_page_of_a_burst_gets_its_app(burst) -> None:
    pages, _, _ = burst
    assert len(pages) == PAGES
    for html in pages:
        assert WIDGET_VIEW in html, html[-2000:]
        assert html.rstrip().endswith("</html>")


def test_page_kernels_run_below_the_server(burst) -> None:
    _, server_nice, kernel_nices = burst
    assert len(kernel_nices) >= PAGES  # one kernel per page (--no-preheat)
    expected = min(server_nice + page_kernel.PAGE_NICE, 19)
    assert all(n == expected for n in kernel_nices), (server_nice, kernel_nices)


def test_the_loading_block_stands_still(burst) -> None:
    pages, _, _ = burst
    head = pages[0].split('<div id="rendered_cells"', 1)[0]
    assert 'id="loading"' in head and 'id="loading_text"' in head
    assert not re.search(r"animation\s*:", head), "the loading block animates"
    # candidate words while the cells run, not Voila's "Executing 2 of 2"
    assert "window.voila_process = function" in pages[0] and "Almost ready" in pages[0]


def test_voila_waits_for_a_late_cell_output() -> None:
    argv = serve.voila_argv(serve.notebooks_dir(), "127.0.0.1", 5100, None, True, 10)
    timeout = next(a for a in argv if a.startswith("--VoilaExecutor.iopub_timeout="))
    assert int(timeout.split("=", 1)[1]) >= 30  # nbclient's 4 s dropped pages in a burst
