"""The app's stylesheet, injected once as an HTML widget (works in Voila and Lab).

One set of design tokens for the whole page (``--iv-*``: colours, a type scale
and a spacing scale), dark by default and light when the system prefers it or
the page's toggle says so (``data-iv-theme`` on ``<html>``, set by
:mod:`widgets.shell`). The ``--jp-*`` variables that ipywidgets' controls read
are mapped onto the same tokens, so buttons, menus and text boxes follow the
theme too. In Voila the app fills the window: the page itself never scrolls,
each pane scrolls on its own.
"""

from __future__ import annotations

import ipywidgets as w

DARK = {
    "bg": "#0d1117",
    "surface": "#161b22",
    "surface-2": "#1c2128",
    "surface-3": "#262c36",
    "border": "#30363d",
    "fg": "#e6edf3",
    "muted": "#9da7b3",
    "accent": "#4493f8",
    "accent-fg": "#ffffff",
    "ok": "#3fb950",
    "bad": "#ff7b72",
    "warn": "#d29922",
    "badge-ok": "#1a7f37",
    "badge-bad": "#b62324",
    "badge-warn": "#9a6700",
    "badge-muted": "#57606a",
    "submit": "#1a7f37",
    "submit-hover": "#1c8f3e",
    "ai-bubble": "#12263f",
    "ai-fg": "#cae3ff",
    "user-bubble": "#262c36",
    "notice-bg": "#2b2111",
    "notice-fg": "#f2cc60",
    "clock-bg": "#262c36",
    "amber-bg": "#4b3a10",
    "amber-fg": "#f2cc60",
    "over-bg": "#5c1b1b",
    "over-fg": "#ffdcd7",
    "fail-row": "rgba(248, 81, 73, 0.12)",
}
LIGHT = {
    "bg": "#f6f8fa",
    "surface": "#ffffff",
    "surface-2": "#f6f8fa",
    "surface-3": "#eaeef2",
    "border": "#d0d7de",
    "fg": "#1f2328",
    "muted": "#57606a",
    "accent": "#0969da",
    "accent-fg": "#ffffff",
    "ok": "#1a7f37",
    "bad": "#cf222e",
    "warn": "#9a6700",
    "badge-ok": "#1a7f37",
    "badge-bad": "#cf222e",
    "badge-warn": "#9a6700",
    "badge-muted": "#57606a",
    "submit": "#1a7f37",
    "submit-hover": "#1c8139",
    "ai-bubble": "#ddf4ff",
    "ai-fg": "#0a3069",
    "user-bubble": "#eaeef2",
    "notice-bg": "#fff8c5",
    "notice-fg": "#4d2d00",
    "clock-bg": "#eaeef2",
    "amber-bg": "#fff1c2",
    "amber-fg": "#6c4400",
    "over-bg": "#ffd8d3",
    "over-fg": "#82071e",
    "fail-row": "rgba(207, 34, 46, 0.08)",
}


def _tokens(palette: dict[str, str]) -> str:
    own = " ".join(f"--iv-{k}: {v};" for k, v in palette.items())
    # ipywidgets' controls and Voila's page read JupyterLab's variables.
    jp = {
        "jp-layout-color0": palette["bg"],
        "jp-layout-color1": palette["surface"],
        "jp-layout-color2": palette["surface-3"],
        "jp-layout-color3": palette["border"],
        "jp-ui-font-color0": palette["fg"],
        "jp-ui-font-color1": palette["fg"],
        "jp-ui-font-color2": palette["muted"],
        "jp-content-font-color0": palette["fg"],
        "jp-content-font-color1": palette["fg"],
        "jp-content-font-color2": palette["muted"],
        "jp-border-color0": palette["border"],
        "jp-border-color1": palette["border"],
        "jp-border-color2": palette["border"],
        "jp-widgets-color": palette["fg"],
        "jp-widgets-label-color": palette["fg"],
        "jp-widgets-readout-color": palette["fg"],
        "jp-widgets-input-color": palette["fg"],
        "jp-widgets-input-background-color": palette["bg"],
        "jp-widgets-input-border-color": palette["border"],
        "jp-widgets-input-focus-border-color": palette["accent"],
        "jp-brand-color1": palette["accent"],
        "jp-cell-editor-background": palette["surface"],
    }
    return own + " " + " ".join(f"--{k}: {v};" for k, v in jp.items())


SCALE = """
  --iv-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  --iv-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
  --iv-fs-1: 12px; --iv-fs-2: 13px; --iv-fs-3: 14px; --iv-fs-4: 16px; --iv-fs-5: 20px;
  --iv-sp-1: 4px; --iv-sp-2: 8px; --iv-sp-3: 12px; --iv-sp-4: 16px;
  --iv-radius: 6px; --iv-control-h: 30px;
  --jp-widgets-font-size: var(--iv-fs-2); --jp-ui-font-size1: var(--iv-fs-2);
  --jp-widgets-inline-height: var(--iv-control-h);
"""

# The tokens live on Voila's page body (the whole page follows the theme) and on the
# app itself (in JupyterLab, where the rest of the window keeps Lab's own theme).
SCOPE = ":is(body[data-voila], .interview-app)"
CSS = (
    f"""
<style>
{SCOPE} {{ {_tokens(DARK)} {SCALE} color-scheme: dark; }}
@media (prefers-color-scheme: light) {{
  :root:not([data-iv-theme="dark"]) {SCOPE} {{ {_tokens(LIGHT)} color-scheme: light; }}
}}
:root[data-iv-theme="light"] {SCOPE} {{ {_tokens(LIGHT)} color-scheme: light; }}
:root[data-iv-theme="dark"] {SCOPE} {{ color-scheme: dark; }}
"""
    + """
/* -- the page: full height, never scrolls as a whole -------------------------------- */
body[data-voila]:has(.interview-app) { background: var(--iv-bg); color: var(--iv-fg);
  overflow: hidden; font-family: var(--iv-font); }
.interview-app { height: 82vh; min-height: 560px; }  /* JupyterLab: a tall output */
body[data-voila] .interview-app { height: auto; min-height: 0; }
body[data-voila] .interview-root:has(> .interview-app) { position: fixed; inset: 0; z-index: 5;
  display: flex; flex-direction: column; background: var(--iv-bg); color: var(--iv-fg);
  overflow: hidden; font-family: var(--iv-font); font-size: var(--iv-fs-3); }
.interview-root:has(> .interview-app) > :not(.interview-app) { flex: none; margin: 0; }
.interview-root .interview-nav { padding: 2px var(--iv-sp-3); font-size: var(--iv-fs-1);
  line-height: 1.5; height: auto;
  background: var(--iv-surface-2); border-bottom: 1px solid var(--iv-border); }
.interview-root .interview-nav a, .interview-app a { color: var(--iv-accent); }
.interview-root > .widget-html .iv-notice, .interview-root > .interview-reminders {
  margin: var(--iv-sp-1) var(--iv-sp-3); }
.interview-app { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column;
  overflow: hidden; gap: 0; font-family: var(--iv-font); font-size: var(--iv-fs-3);
  color: var(--iv-fg); background: var(--iv-bg); line-height: 1.45; }
.interview-app :is(h1, h2, h3, h4) { color: var(--iv-fg); line-height: 1.25; }
.interview-app .widget-html, .interview-app .widget-html-content,
.interview-app .widget-label { color: var(--iv-fg); font-size: var(--iv-fs-3); }
.interview-app .widget-html-content, .interview-root .interview-nav .widget-html-content {
  line-height: 1.5; height: auto; }
.interview-app .widget-html { margin: 0; height: auto; line-height: 1.5; }
.interview-app .jupyter-button { width: auto; }
.iv-visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0;
  margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

/* -- the toolbar ---------------------------------------------------------------------- */
.interview-app .iv-toolbar { flex: none; display: flex; flex-wrap: nowrap; align-items: center;
  gap: var(--iv-sp-2); padding: var(--iv-sp-1) var(--iv-sp-3); min-height: 44px;
  box-sizing: border-box; background: var(--iv-surface-2);
  border-bottom: 1px solid var(--iv-border); overflow-x: auto; overflow-y: hidden; }
.iv-toolbar > * { flex: none; margin: 0 !important; }
.iv-toolbar .interview-language { width: auto; }
.iv-toolbar .interview-language select { min-width: 110px; }
.iv-toolbar .interview-countdown { margin-left: auto !important; }
.interview-app .jupyter-button, .iv-tool { height: var(--iv-control-h); padding: 0 var(--iv-sp-3);
  border-radius: var(--iv-radius); border: 1px solid var(--iv-border);
  background: var(--iv-surface-3); color: var(--iv-fg); font: inherit;
  font-size: var(--iv-fs-2); font-weight: 600; cursor: pointer; box-shadow: none;
  line-height: calc(var(--iv-control-h) - 2px); white-space: nowrap; }
.interview-app .jupyter-button:hover:enabled, .iv-tool:hover { border-color: var(--iv-muted); }
.interview-app .jupyter-button:disabled { opacity: 1; color: var(--iv-muted);
  background: var(--iv-surface-2); cursor: not-allowed; }
.interview-app .jupyter-button:focus-visible, .iv-tool:focus-visible, .iv-tab:focus-visible,
.iv-splitter:focus-visible, .interview-app input:focus-visible,
.interview-app select:focus-visible, .interview-app textarea:focus-visible {
  outline: 2px solid var(--iv-accent); outline-offset: 1px; }
.interview-app .jupyter-button.interview-submit:enabled { background: var(--iv-submit);
  border-color: var(--iv-submit); color: #ffffff; }
.interview-app .jupyter-button.interview-submit:hover:enabled {
  background: var(--iv-submit-hover); }
.interview-app .jupyter-button.interview-run:enabled { border-color: var(--iv-accent); }
.interview-app select, .interview-app input[type=text], .interview-app textarea {
  background: var(--iv-bg); color: var(--iv-fg); border: 1px solid var(--iv-border);
  border-radius: var(--iv-radius); font-size: var(--iv-fs-2); }
.interview-app select { height: var(--iv-control-h); }
.iv-shell { display: flex; gap: var(--iv-sp-1); align-items: center; }
.iv-shell-host { display: flex; gap: var(--iv-sp-1); align-items: center; }
.iv-chat-toggle { display: inline-flex; align-items: center; gap: 6px; }
.iv-chat-toggle[aria-pressed="true"] { border-color: var(--iv-accent); }
.iv-unread { min-width: 18px; height: 18px; padding: 0 5px; box-sizing: border-box;
  border-radius: 9px; background: #cf222e; color: #ffffff; font-size: var(--iv-fs-1);
  line-height: 18px; text-align: center; }
.iv-unread[hidden] { display: none; }

/* -- the panes ------------------------------------------------------------------------ */
.interview-app .iv-main { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: row;
  gap: var(--iv-sp-2); padding: var(--iv-sp-2); box-sizing: border-box; overflow: hidden; }
.interview-app .iv-pane { position: relative; background: var(--iv-surface);
  border: 1px solid var(--iv-border); border-radius: var(--iv-radius); overflow: visible;
  min-height: 0; box-sizing: border-box; }
.interview-app .iv-left { flex: 0 0 var(--iv-left-w, 34%); min-width: 260px;
  display: flex; flex-direction: column; }
.interview-app .iv-center { flex: 1 1 0; min-width: 320px; min-height: 0; display: flex;
  flex-direction: column; gap: var(--iv-sp-2); overflow: visible; }
.interview-app .iv-chat-pane { flex: 0 0 var(--iv-chat-w, 25%); min-width: 220px;
  max-width: 45%; display: flex; flex-direction: column; }
.interview-app.iv-chat-collapsed .iv-chat-pane { display: none !important; }
.interview-app .iv-console { flex: 0 0 var(--iv-console-h, 36%); min-height: 90px;
  display: flex; flex-direction: column; }
.interview-app.iv-resizing { user-select: none; cursor: col-resize; }
.iv-splitter { position: absolute; z-index: 3; background: transparent; touch-action: none; }
.iv-splitter:hover, .iv-splitter:focus-visible, .iv-resizing .iv-splitter {
  background: var(--iv-accent); opacity: 0.6; }
.iv-splitter-x { top: 0; bottom: 0; width: 8px; cursor: col-resize; }
.iv-splitter-x.iv-splitter-end { right: -8px; }
.iv-splitter-x.iv-splitter-start { left: -8px; }
.iv-splitter-y { left: 0; right: 0; height: 8px; top: -8px; cursor: row-resize; }

/* -- tabs ----------------------------------------------------------------------------- */
.iv-tabbar { flex: none; }
.iv-tabs { display: flex; gap: 2px; padding: 0 var(--iv-sp-2);
  border-bottom: 1px solid var(--iv-border); background: var(--iv-surface-2);
  border-radius: var(--iv-radius) var(--iv-radius) 0 0; }
.iv-tab { appearance: none; border: 0; background: transparent; color: var(--iv-muted);
  font: inherit; font-size: var(--iv-fs-2); font-weight: 600;
  padding: var(--iv-sp-2) var(--iv-sp-3); border-bottom: 2px solid transparent; cursor: pointer; }
.iv-tab[aria-selected="true"] { color: var(--iv-fg); border-bottom-color: var(--iv-accent); }
.interview-app .iv-tabpanel { flex: 1 1 auto; min-height: 0; overflow: auto;
  padding: var(--iv-sp-3) var(--iv-sp-4); box-sizing: border-box; display: block; }
.interview-app .iv-tabpanel.iv-tab-hidden, .interview-app .iv-tabpanel[hidden] {
  display: none !important; }
.interview-submissions-box, .interview-notes-box { width: 100%; }

/* -- the problem ---------------------------------------------------------------------- */
.interview-problem { font-size: var(--iv-fs-3); }
.interview-problem .iv-problem-title { font-size: var(--iv-fs-5); margin: 0 0 var(--iv-sp-2); }
.interview-problem h2, .interview-problem h3, .interview-problem h4 { font-size: var(--iv-fs-4);
  margin: var(--iv-sp-3) 0 var(--iv-sp-1); }
.interview-problem p, .interview-problem li { font-size: var(--iv-fs-3); }
.interview-problem code, .interview-problem pre { font-family: var(--iv-mono);
  font-size: var(--iv-fs-2); background: var(--iv-surface-3); border-radius: 4px; }
.interview-problem code { padding: 1px 4px; }
.interview-problem pre { padding: var(--iv-sp-2); white-space: pre-wrap; }
.interview-problem pre code { padding: 0; background: transparent; }
.interview-problem .iv-meta { display: flex; flex-wrap: wrap; gap: 6px; align-items: center;
  margin-bottom: var(--iv-sp-2); color: var(--iv-muted); font-size: var(--iv-fs-1); }
.interview-problem .iv-meta small { font-size: var(--iv-fs-1); color: var(--iv-muted); }
.iv-meta-details { margin: 0 0 var(--iv-sp-2); font-size: var(--iv-fs-1); }
.iv-meta-details summary { cursor: pointer; color: var(--iv-muted); width: fit-content; }
.iv-meta-details .iv-meta { margin: var(--iv-sp-1) 0 0; }
.iv-badge { display: inline-block; padding: 1px 8px; border-radius: 10px;
  font-size: var(--iv-fs-1); font-weight: 600; color: #ffffff;
  background: var(--iv-badge-muted); }
.iv-badge.iv-easy, .iv-badge.iv-AC { background: var(--iv-badge-ok); }
.iv-badge.iv-medium, .iv-badge.iv-TLE, .iv-badge.iv-MLE,
.iv-badge.iv-OLE { background: var(--iv-badge-warn); }
.iv-badge.iv-hard, .iv-badge.iv-WA, .iv-badge.iv-RE, .iv-badge.iv-CE {
  background: var(--iv-badge-bad); }
.iv-badge.iv-IE, .iv-badge.iv-NR { background: var(--iv-badge-muted); }
.iv-tag { display: inline-block; padding: 1px 6px; border-radius: 4px;
  font-size: var(--iv-fs-1); color: var(--iv-fg); border: 1px solid var(--iv-border); }
.iv-notice { padding: 6px 10px; border-radius: var(--iv-radius); background: var(--iv-notice-bg);
  color: var(--iv-notice-fg); border: 1px solid var(--iv-warn); font-size: var(--iv-fs-2); }

/* -- the editor ----------------------------------------------------------------------- */
.interview-app .iv-center > .interview-editor { flex: 1 1 auto; min-height: 120px; }
.interview-editor { width: 100%; border: 1px solid var(--iv-border);
  border-radius: var(--iv-radius); overflow: hidden; box-sizing: border-box; }
.interview-editor .cm-editor { height: 100%; }
.interview-editor .cm-scroller { overflow: auto; }
.interview-editor textarea { font-family: var(--iv-mono); }
.interview-editor .cm-editor[contenteditable=false], .interview-editor.iv-locked { opacity: 0.85; }

/* -- the console: test cases and results -------------------------------------------- */
.interview-testcases { width: 100%; margin: 0; }
.interview-testcases textarea { font-family: var(--iv-mono); font-size: var(--iv-fs-1); }
.interview-testcases .widget-text { width: 100%; max-width: 520px; }
.iv-testcase-help { font-size: var(--iv-fs-1); color: var(--iv-muted); }
.interview-results { width: 100%; }
.interview-results table { border-collapse: collapse; width: 100%; font-size: var(--iv-fs-2); }
.interview-results th, .interview-results td { border-bottom: 1px solid var(--iv-border);
  padding: 4px 6px; text-align: left; vertical-align: top; }
.interview-results details.interview-result-row { border-bottom: 1px solid var(--iv-border);
  padding: 4px 6px; font-size: var(--iv-fs-2); }
.interview-results details.interview-result-row summary { cursor: pointer; }
.interview-results details.interview-result-row pre, .interview-results .iv-mono {
  margin: 2px 0 4px; white-space: pre-wrap; word-break: break-all; max-height: 12em;
  overflow: auto; font-size: var(--iv-fs-1); font-family: var(--iv-mono);
  background: var(--iv-surface-3); padding: 4px 6px; border-radius: 4px; }
.interview-results details.iv-first-failure { background: var(--iv-fail-row);
  outline: 2px solid var(--iv-bad); outline-offset: -2px; }
.interview-results .iv-summary { font-size: var(--iv-fs-4); font-weight: 600;
  margin: 0 0 var(--iv-sp-2); }
.interview-results .iv-result-note { font-size: var(--iv-fs-1); color: var(--iv-muted); }
.interview-results .iv-error { color: var(--iv-bad); white-space: pre-wrap; }
.interview-results .iv-idle, .interview-results .iv-running { color: var(--iv-muted); }
.interview-complexity { width: 100%; margin-top: var(--iv-sp-2); }
.interview-complexity .iv-complexity-head { font-size: var(--iv-fs-3); display: flex;
  flex-wrap: wrap; gap: 8px; align-items: baseline; }
.interview-complexity .iv-confidence, .interview-complexity .iv-target { color: var(--iv-muted); }
.interview-complexity .iv-compare { padding: 0 6px; border-radius: 4px; font-size: var(--iv-fs-1); }
.interview-complexity .iv-better, .interview-complexity .iv-as-expected { color: var(--iv-ok); }
.interview-complexity .iv-worse { color: var(--iv-bad); }
.interview-complexity .iv-complexity-note { color: var(--iv-muted); font-size: var(--iv-fs-2); }
.interview-complexity .iv-complexity-plot { max-width: 520px; background: #ffffff;
  border-radius: var(--iv-radius); }
.interview-complexity .iv-complexity-plot svg { display: block; height: auto; }

/* -- the end report ------------------------------------------------------------------- */
.interview-app .iv-end-panel { flex: none; max-height: 45%; overflow: auto;
  background: var(--iv-surface); border: 1px solid var(--iv-accent);
  border-radius: var(--iv-radius); padding: var(--iv-sp-2) var(--iv-sp-4); }
.iv-report { display: grid; grid-template-columns: auto 1fr; column-gap: var(--iv-sp-4); }
.iv-report .iv-score { grid-row: span 2; font-size: 36px; font-weight: 700; }
.iv-report .iv-score span { font-size: var(--iv-fs-3); color: var(--iv-muted); }
.iv-report h2 { font-size: var(--iv-fs-4); margin: var(--iv-sp-1) 0; }
.iv-report ul { margin: 0; padding-left: 18px; font-size: var(--iv-fs-2); }
.iv-report-actions { gap: var(--iv-sp-2); padding-top: var(--iv-sp-2); }

/* -- the interviewer ------------------------------------------------------------------ */
.interview-chat { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column;
  padding: var(--iv-sp-2); box-sizing: border-box; gap: var(--iv-sp-2); width: 100%; }
.interview-chat .iv-chat-head { flex: none; }
.iv-pane-title { font-size: var(--iv-fs-3); margin: 0; font-weight: 600; }
.iv-msg code { font-family: var(--iv-mono); font-size: var(--iv-fs-1); }
.interview-chat-log { flex: 1 1 auto; min-height: 0; width: 100%; box-sizing: border-box;
  border: 1px solid var(--iv-border); border-radius: var(--iv-radius);
  background: var(--iv-bg); margin: 0; }
.interview-chat-log .widget-html-content { display: flex; flex-direction: column-reverse;
  height: 100%; overflow-y: auto; padding: var(--iv-sp-2); line-height: 1.45;
  box-sizing: border-box; }
.iv-msg { margin: 4px 0; padding: 6px 10px; border-radius: 8px; max-width: 90%; width: fit-content;
  white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word;
  font-size: var(--iv-fs-2); box-sizing: border-box; }
.iv-msg.iv-ai { background: var(--iv-ai-bubble); color: var(--iv-ai-fg); }
.iv-msg.iv-user { background: var(--iv-user-bubble); color: var(--iv-fg); margin-left: auto; }
.iv-msg.iv-system { background: transparent; color: var(--iv-muted); font-style: italic; }
.interview-chat .iv-chat-row { flex: none; display: flex; gap: var(--iv-sp-1); width: 100%;
  align-items: center; flex-wrap: nowrap; }
.interview-chat .iv-chat-row > * { margin: 0; }
.interview-chat .interview-chat-input { flex: 1 1 auto; min-width: 0; width: auto; }
.interview-chat .iv-chat-text { height: var(--iv-control-h); background: var(--iv-bg);
  color: var(--iv-fg); border: 1px solid var(--iv-border); border-radius: var(--iv-radius);
  font-size: var(--iv-fs-2); }
.interview-chat .iv-chat-text::placeholder { color: var(--iv-muted); opacity: 1; }

/* -- the clock ------------------------------------------------------------------------ */
.interview-countdown { font-variant-numeric: tabular-nums; font-size: var(--iv-fs-2);
  display: flex; gap: 6px; align-items: center; white-space: nowrap; }
.interview-countdown .iv-clock { padding: 2px 10px; border-radius: var(--iv-radius);
  background: var(--iv-clock-bg); color: var(--iv-fg); font-weight: 600; }
.interview-countdown .iv-elapsed, .interview-countdown .iv-next { color: var(--iv-muted); }
.interview-countdown .iv-amber { background: var(--iv-amber-bg); color: var(--iv-amber-fg); }
.interview-countdown .iv-over { background: var(--iv-over-bg); color: var(--iv-over-fg); }

/* -- the shortcut list ---------------------------------------------------------------- */
dialog.iv-shortcuts { background: var(--iv-surface); color: var(--iv-fg);
  border: 1px solid var(--iv-border); border-radius: var(--iv-radius); padding: var(--iv-sp-4);
  max-width: 520px; font-family: var(--iv-font); }
dialog.iv-shortcuts::backdrop { background: rgba(0, 0, 0, 0.5); }
dialog.iv-shortcuts h2 { font-size: var(--iv-fs-4); margin: 0 0 var(--iv-sp-3); }
dialog.iv-shortcuts dl { display: grid; grid-template-columns: max-content 1fr;
  gap: var(--iv-sp-1) var(--iv-sp-4); margin: 0 0 var(--iv-sp-3); font-size: var(--iv-fs-2); }
dialog.iv-shortcuts dt { font-family: var(--iv-mono); font-weight: 600; }
dialog.iv-shortcuts dd { margin: 0; }
</style>
"""
)


RULES = CSS.replace("<style>", "").replace("</style>", "").strip()
"""The same rules without the ``<style>`` element: the page shell's ``_css``."""


def stylesheet() -> w.HTML:
    """An invisible HTML widget carrying the app's CSS."""
    widget = w.HTML(CSS, layout=w.Layout(display="none"))
    widget.add_class("interview-style")
    return widget
