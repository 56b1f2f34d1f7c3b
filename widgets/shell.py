"""The practice page's frame: tabs, split panes, theme, shortcuts and announcements.

One small anywidget (``shell.js``) placed at the end of the app's toolbar. It
renders the interviewer toggle (with an unread badge), the theme toggle and the
keyboard-shortcut list, and gives the surrounding ipywidgets their page
behaviour in the browser: tab switching, resizable panes, the remembered theme,
the page title, ``?`` for the shortcuts, and live-region announcements of
verdicts and interviewer replies. None of that needs a kernel round trip, so it
costs no comm message; the kernel only sends the occasional ``select`` (a tab)
or ``announce``.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anywidget
import ipywidgets as w
import traitlets as t

from ._style import RULES

_HERE = Path(__file__).resolve().parent
log = logging.getLogger(__name__)


class PageShell(anywidget.AnyWidget):
    """The page's frame and its stylesheet; see the module docstring.

    Parameters
    ----------
    page_title
        The browser tab's title (it names the problem).
    query
        Query-string changes the page applies to its address (see the trait).
    """

    _esm = _HERE / "shell.js"
    _css = RULES  # the page's whole stylesheet: one model fewer than an HTML widget for it
    page_title = t.Unicode("Interview practice").tag(sync=True)
    query = t.Dict().tag(sync=True)
    """Address changes for a reload to reopen this session: ``{key: value}`` sets,
    ``{key: None}`` removes (``history.replaceState``; nothing is reloaded)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_class("iv-shell")
        self._ready_callbacks: list[Callable[[], Any]] = []
        self.on_msg(self._on_browser_message)

    def on_ready(self, callback: Callable[[], Any]) -> None:
        """Call ``callback()`` once the page is up (each view says so once; keep it idempotent)."""
        self._ready_callbacks.append(callback)

    def _on_browser_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        # From the browser, so untrusted: only the "ready" signal is acted on, and it carries
        # nothing.
        if not isinstance(content, dict) or content.get("type") != "ready":
            return
        for callback in list(self._ready_callbacks):
            try:
                callback()
            except Exception:  # noqa: BLE001 - a late extra must not break the page
                log.exception("a page-ready listener failed")

    def select(self, tabset: str, tab: str) -> None:
        """Show ``tab`` of ``tabset`` (``left``: description, submissions, notes; ``console``)."""
        self.send({"type": "select", "tabset": tabset, "tab": tab})

    def announce(self, text: str) -> None:
        """Have screen readers announce ``text`` (a polite live region)."""
        self.send({"type": "announce", "text": str(text)[:500]})


def tab_bar(tabset: str, label: str, tabs: list[tuple[str, str]], selected: str = "") -> w.HTML:
    """The ``role=tablist`` markup of a tab set; :class:`PageShell` makes it work.

    ``tabs`` are ``(name, label)`` pairs; each panel is a box with the classes
    ``iv-tabpanel iv-tabset-<tabset> iv-tab-<name>`` (see :func:`tab_panel`).
    """
    selected = selected or tabs[0][0]
    buttons = "".join(
        f'<button type="button" role="tab" class="iv-tab" data-tab="{html.escape(name)}"'
        f' aria-selected="{"true" if name == selected else "false"}"'
        f' tabindex="{0 if name == selected else -1}">{html.escape(text)}</button>'
        for name, text in tabs
    )
    bar = w.HTML(
        f'<div class="iv-tabs" role="tablist" aria-label="{html.escape(label)}"'
        f' data-tabset="{html.escape(tabset)}">{buttons}</div>'
    )
    bar.add_class("iv-tabbar")
    return bar


def tab_panel(tabset: str, name: str, children: list[w.Widget], hidden: bool = True) -> w.VBox:
    """A tab's panel (a box the shell shows when its tab is selected)."""
    panel = w.VBox(children)
    for cls in ("iv-tabpanel", f"iv-tabset-{tabset}", f"iv-tab-{name}"):
        panel.add_class(cls)
    if hidden:
        panel.add_class("iv-tab-hidden")
    return panel
