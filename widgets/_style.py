"""The app's stylesheet, injected once as an HTML widget (works in Voila and Lab)."""

from __future__ import annotations

import ipywidgets as w

CSS = """
<style>
.interview-app { --iv-ok: #1a7f37; --iv-bad: #cf222e; --iv-warn: #bf8700; --iv-muted: #6e7781;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; gap: 12px; }
.interview-app .iv-columns { display: flex; gap: 16px; width: 100%; align-items: flex-start; }
.interview-app .iv-left { flex: 1 1 40%; min-width: 280px; }
.interview-app .iv-right { flex: 1 1 60%; min-width: 320px; }
.interview-problem .iv-meta { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.iv-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
  font-weight: 600; color: #fff; background: var(--iv-muted); }
.iv-badge.iv-easy, .iv-badge.iv-AC { background: var(--iv-ok); }
.iv-badge.iv-medium, .iv-badge.iv-TLE, .iv-badge.iv-MLE,
.iv-badge.iv-OLE { background: var(--iv-warn); }
.iv-badge.iv-hard, .iv-badge.iv-WA, .iv-badge.iv-RE, .iv-badge.iv-CE { background: var(--iv-bad); }
.iv-badge.iv-IE, .iv-badge.iv-NR { background: var(--iv-muted); }
.iv-tag { display: inline-block; padding: 1px 6px; border-radius: 4px; font-size: 12px;
  border: 1px solid #d0d7de; }
.interview-editor { width: 100%; min-height: 18em; border: 1px solid #30363d; border-radius: 6px;
  overflow: hidden; }
.interview-editor .cm-editor { min-height: 18em; max-height: 32em; }
.interview-editor .cm-scroller { overflow: auto; }
.interview-editor textarea { font-family: ui-monospace, Menlo, Consolas, monospace; }
.iv-notice { padding: 6px 10px; border-radius: 6px; background: #fff8c5; color: #4d2d00;
  border: 1px solid #d4a72c; font-size: 13px; }
.interview-results { width: 100%; }
.interview-results table { border-collapse: collapse; width: 100%; font-size: 13px; }
.interview-results th, .interview-results td { border-bottom: 1px solid #d0d7de; padding: 4px 6px;
  text-align: left; vertical-align: top; }
.interview-results td pre { margin: 0; white-space: pre-wrap; word-break: break-all;
  max-height: 8em; overflow: auto; font-size: 12px; }
.interview-results details.interview-result-row { border-bottom: 1px solid #d0d7de;
  padding: 4px 6px; font-size: 13px; }
.interview-results details.interview-result-row summary { cursor: pointer; }
.interview-results details.interview-result-row pre, .interview-results .iv-mono {
  margin: 2px 0 4px; white-space: pre-wrap; word-break: break-all; max-height: 12em;
  overflow: auto; font-size: 12px;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.interview-results details.iv-first-failure { background: rgba(207, 34, 46, 0.08);
  outline: 2px solid rgba(207, 34, 46, 0.4); }
.interview-testcases { width: 100%; margin: 6px 0; }
.interview-testcases textarea { font-family: ui-monospace, Menlo, Consolas, monospace;
  font-size: 12px; }
.iv-testcase-help { font-size: 12px; }
.interview-results .iv-summary { font-size: 16px; font-weight: 600; margin: 4px 0 8px; }
.interview-results .iv-error { color: var(--iv-bad); white-space: pre-wrap; }
.interview-complexity { width: 100%; margin-top: 8px; }
.interview-complexity .iv-complexity-head { font-size: 14px; display: flex; flex-wrap: wrap;
  gap: 8px; align-items: baseline; }
.interview-complexity .iv-confidence, .interview-complexity .iv-target { color: var(--iv-muted); }
.interview-complexity .iv-compare { padding: 0 6px; border-radius: 4px; font-size: 12px; }
.interview-complexity .iv-better, .interview-complexity .iv-as-expected { color: var(--iv-ok); }
.interview-complexity .iv-worse { color: var(--iv-bad); }
.interview-complexity .iv-complexity-note { color: var(--iv-muted); font-size: 13px; }
.interview-complexity .iv-complexity-plot { max-width: 560px; background: #fff;
  border-radius: 6px; }
.interview-complexity .iv-complexity-plot svg { display: block; height: auto; }
.iv-msg code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
.interview-chat-log { width: 100%; border: 1px solid #d0d7de; border-radius: 6px; }
.interview-chat-log .widget-html-content { display: flex; flex-direction: column-reverse;
  height: 220px; overflow-y: auto; padding: 6px; line-height: 1.4; }
.iv-msg { margin: 4px 0; padding: 6px 10px; border-radius: 8px; max-width: 85%;
  white-space: pre-wrap; }
.iv-msg.iv-ai { background: #ddf4ff; color: #0a3069; }
.iv-msg.iv-user { background: #f6f8fa; color: #1f2328; margin-left: auto; text-align: right; }
.iv-msg.iv-system { background: transparent; color: var(--iv-muted); font-style: italic; }
.interview-countdown { font-variant-numeric: tabular-nums; font-size: 15px; margin: 0 8px; }
.iv-toolbar { gap: 4px; }
.interview-countdown .iv-clock { padding: 2px 10px; border-radius: 6px; background: #eaeef2;
  color: #1f2328; }
.interview-countdown .iv-amber { background: #fff1c2; color: #7d4e00; }
.interview-countdown .iv-over { background: #ffd8d3; color: #82071e; font-weight: 600; }
</style>
"""


def stylesheet() -> w.HTML:
    """An invisible HTML widget carrying the app's CSS."""
    widget = w.HTML(CSS, layout=w.Layout(display="none"))
    widget.add_class("interview-style")
    return widget
