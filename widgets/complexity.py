"""The complexity panel: measured times, the fitted curve and the target, as an inline SVG.

The plot is drawn by matplotlib on the kernel side (no pyplot, no display
backend) and sent as SVG text inside an HTML widget, so it works in Voila with
no network and no extra frontend code. Every label that came from a report is
escaped; the report only ever holds numbers and class names anyway.
"""

from __future__ import annotations

import html
import io
import logging
import re
from typing import Any

import ipywidgets as w

log = logging.getLogger(__name__)

MIN_CONFIDENCE = 0.5
"""Below this confidence a measurement is shown but not held against the candidate:
the interviewer does not remark on it and the session score does not use it."""

_VERDICTS = {
    "better": "better than the target",
    "as expected": "meets the target",
    "worse": "slower than the target",
    "unknown": "compared with the target: unknown",
}


def trusted_class(report: Any) -> str | None:
    """The measured class when the probe is confident enough to act on, else ``None``."""
    best = getattr(report, "best", None)
    if not best or float(getattr(report, "confidence", 0.0) or 0.0) < MIN_CONFIDENCE:
        return None
    return str(best)


def _target_curve(report: Any) -> list[tuple[int, float]]:
    """The target class's shape through the first measured point (a reference line)."""
    from interview_kernel.bigo import normalize
    from interview_kernel.grading.fit import CURVES

    name = normalize(report.target)
    points = list(report.points)
    if name not in CURVES or not points:
        return []
    f = CURVES[name]
    n0, t0 = points[0]
    if f(n0) <= 0 or t0 <= 0:
        return []
    scale = t0 / f(n0)
    return [(n, scale * f(n)) for n, _ in points]


def plot_svg(report: Any) -> str:
    """The measured points, the fitted curve and the target shape as an ``<svg>`` element.

    Returns ``""`` when there is nothing to plot.
    """
    points = [(int(n), float(t)) for n, t in report.points if n > 0 and t > 0]
    if not points:
        return ""
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "interview"}):
        fig = Figure(figsize=(5.2, 2.9), dpi=100)
        ax = fig.add_subplot()
        ns, ts = zip(*points, strict=True)
        ax.loglog(ns, [t * 1000 for t in ts], "o", color="#0969da", label="measured")
        curve = [(int(n), float(t)) for n, t in report.curve if n > 0 and t > 0]
        if curve:
            cn, ct = zip(*curve, strict=True)
            ax.loglog(cn, [t * 1000 for t in ct], "-", color="#1a7f37", label=f"fit {report.best}")
        target = _target_curve(report)
        if target:
            tn, tt = zip(*target, strict=True)
            ax.loglog(
                tn, [t * 1000 for t in tt], "--", color="#6e7781", label=f"target {report.target}"
            )
        ax.set_xlabel("input size n")
        ax.set_ylabel("time per call (ms)")
        ax.grid(True, which="major", alpha=0.3)
        ax.legend(loc="upper left", fontsize=8, frameon=False)
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = buf.getvalue()
    start = svg.find("<svg")
    svg = svg[start:] if start >= 0 else ""
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, count=1, flags=re.DOTALL)
    # Scale with the panel instead of the fixed point size matplotlib writes.
    size = re.compile(r'<svg([^>]*?) width="[^"]*" height="[^"]*"')
    return size.sub(r'<svg\1 width="100%"', svg, count=1)


NOT_MEASURED = (
    "The growth of your code's running time could not be measured this time; "
    "the verdict above stands."
)


def render_complexity(report: Any) -> str:
    """HTML for a :class:`~interview_kernel.grading.probe.ComplexityReport`: headline and plot."""
    best = report.best
    confidence = float(report.confidence or 0.0)
    target = report.target
    if best:
        head = (
            f'<span class="iv-measured">Measured <b>{html.escape(str(best))}</b></span>'
            f' <span class="iv-confidence">confidence {confidence:.0%}</span>'
        )
    else:
        head = '<span class="iv-measured">Complexity not measured</span>'
    if target:
        head += f' <span class="iv-target">target <b>{html.escape(str(target))}</b></span>'
    comparison = str(report.comparison or "unknown")
    data_cmp = html.escape(comparison)
    if best and target and confidence >= MIN_CONFIDENCE:  # no verdict on a guess
        head += f' <span class="iv-compare iv-{data_cmp.replace(" ", "-")}">'
        head += f"{html.escape(_VERDICTS.get(comparison, comparison))}</span>"
    notes = []
    if best and confidence < MIN_CONFIDENCE:
        notes.append(
            "Low confidence: neighbouring growth classes fit these timings almost as well, "
            "so this estimate is not scored."
        )
    if not best:  # the report's message is for maintainers ("no size generator")
        notes.append(NOT_MEASURED)
    parts = [
        f'<div class="iv-complexity-head" data-best="{html.escape(str(best or ""))}"'
        f' data-comparison="{data_cmp}"><b>Time complexity</b> {head}</div>'
    ]
    parts += [f'<div class="iv-complexity-note">{html.escape(n)}</div>' for n in notes]
    try:
        svg = plot_svg(report)
    except Exception:  # noqa: BLE001 - the headline is worth showing without the plot
        log.exception("plotting the complexity report failed")
        svg = ""
    if svg:
        parts.append(f'<div class="iv-complexity-plot">{svg}</div>')
    return "".join(parts)


class ComplexityView(w.HTML):
    """Under the results: the probe's progress, then its plot; hidden until an Accepted."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("", layout=w.Layout(display="none"), **kwargs)
        self.add_class("interview-complexity")
        self.report: Any = None

    def show_running(self) -> None:
        """Say that the probe is timing the code."""
        self.report = None
        self.value = (
            '<div class="iv-running">Measuring the time complexity on growing inputs...</div>'
        )
        self.layout.display = None

    def show(self, report: Any) -> None:
        """Display a complexity report."""
        self.report = report
        self.value = render_complexity(report)
        self.layout.display = None

    def show_error(self, message: str) -> None:
        """Display why no measurement is available (never a traceback)."""
        self.report = None
        self.value = f'<div class="iv-complexity-note">{html.escape(message)}</div>'
        self.layout.display = None

    def hide(self) -> None:
        """Clear the panel (a new run started)."""
        self.report = None
        self.value = ""
        self.layout.display = "none"
