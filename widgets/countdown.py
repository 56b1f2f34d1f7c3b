"""The countdown: ticks in the browser from an end timestamp (no Python thread per second).

The browser tells the kernel only when the clock crosses half time, five minutes
left and time up (one small message each), so the interviewer can nudge without
any timer in Python. The message is a trigger only: listeners read the time
from the kernel's own clock, never from what the browser sent.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import anywidget
import traitlets as t

_ESM = r"""
function fmt(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  const mm = String(m).padStart(2, "0"), ss = String(r).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
function fmtLong(ms) {
  const min = Math.round(ms / 60000);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ${min % 60} min`;
  return `${Math.round(h / 24)} days`;
}
function render({ model, el }) {
  const clock = document.createElement("span");
  clock.className = "iv-clock";
  clock.setAttribute("role", "timer");
  const elapsed = document.createElement("span");
  elapsed.className = "iv-elapsed";
  const next = document.createElement("span");
  next.className = "iv-next";
  el.append(clock, " ", elapsed, " ", next);
  const crossed = new Set();
  function signal(which) {  // once per threshold and view: the kernel decides what to say
    if (crossed.has(which)) return;
    crossed.add(which);
    model.send({ event: "clock", which });
  }
  function tick() {
    const now = Date.now();
    const end = model.get("end_ms"), start = model.get("start_ms"), nxt = model.get("next_ms");
    const amberMs = model.get("amber_minutes") * 60000;
    const status = model.get("status");
    if (status) {
      clock.textContent = status;
      clock.classList.remove("iv-amber", "iv-over");
    } else if (end > 0) {
      const left = end - now;
      clock.textContent = left > 0 ? `${fmt(left)} left` : "Time is up";
      clock.classList.toggle("iv-amber", left > 0 && left <= amberMs);
      clock.classList.toggle("iv-over", left <= 0);
      el.dataset.remaining = String(Math.max(0, Math.floor(left / 1000)));
      const total = start > 0 ? end - start : 0;
      if (total > 0 && now - start >= total / 2) signal("half_time");
      if (total > amberMs && left <= amberMs) signal("five_minutes");
      if (left <= 0) signal("time_up");
    } else {
      clock.textContent = "No time limit";
      el.dataset.remaining = "";
    }
    elapsed.textContent = start > 0 && !(end > 0) ? `session ${fmt(now - start)}` : "";
    next.textContent = nxt > now ? `next mock interview in ${fmtLong(nxt - now)}` : "";
  }
  tick();
  const timer = setInterval(tick, 1000);
  const onChange = () => tick();
  model.on("change", onChange);
  return () => { clearInterval(timer); model.off("change", onChange); };
}
export default { render };
"""


log = logging.getLogger(__name__)

THRESHOLDS = ("half_time", "five_minutes", "time_up")


class Countdown(anywidget.AnyWidget):
    """Time left, the session clock and the time to the next scheduled mock interview.

    All times are epoch milliseconds; the browser computes what to show every
    second, so the kernel sends nothing while the clock runs.

    Parameters
    ----------
    minutes
        Length of the session; ``0`` means no limit.
    next_ms
        When the next scheduled interview starts (epoch ms), or ``0``.
    """

    _esm = _ESM
    end_ms = t.Float(0.0).tag(sync=True)
    start_ms = t.Float(0.0).tag(sync=True)
    next_ms = t.Float(0.0).tag(sync=True)
    amber_minutes = t.Float(5.0).tag(sync=True)
    status = t.Unicode("").tag(sync=True)  # replaces the clock when set ("Session ended")

    def __init__(self, minutes: float = 0, next_ms: float = 0.0, **kwargs: Any) -> None:
        super().__init__(next_ms=next_ms, **kwargs)
        self.add_class("interview-countdown")
        self._threshold_callbacks: list[Callable[[str], Any]] = []
        self.on_msg(self._on_browser_message)
        self.start(minutes)

    def on_threshold(self, callback: Callable[[str], Any]) -> None:
        """Call ``callback(which)`` when the browser's clock crosses a threshold.

        ``which`` is ``half_time``, ``five_minutes`` or ``time_up``; a reload or a
        second view may report one again, so listeners must be idempotent.
        """
        self._threshold_callbacks.append(callback)

    def _on_browser_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if not isinstance(content, dict) or content.get("event") != "clock":
            return
        which = content.get("which")
        if which not in THRESHOLDS or not self.end_ms:
            return  # anything else a browser could send is ignored
        for callback in list(self._threshold_callbacks):
            try:
                callback(which)
            except Exception:  # noqa: BLE001 - a listener must not break the clock
                log.exception("countdown listener failed")

    def start(self, minutes: float) -> None:
        """(Re)start the clock now for ``minutes`` (``0``: no limit)."""
        now = time.time() * 1000
        with self.hold_sync():
            self.status = ""
            self.start_ms = now
            self.end_ms = now + minutes * 60_000 if minutes > 0 else 0.0

    def resume(self, remaining_s: float, minutes: float) -> None:
        """Continue a session that started earlier (``remaining_s`` of ``minutes`` left)."""
        now = time.time() * 1000
        with self.hold_sync():
            self.end_ms = now + remaining_s * 1000
            self.start_ms = now - (minutes * 60 - remaining_s) * 1000

    def resume_untimed(self, started_epoch_s: float) -> None:
        """Continue an untimed session that started at ``started_epoch_s`` (its elapsed clock)."""
        with self.hold_sync():
            self.status = ""
            self.end_ms = 0.0
            self.start_ms = min(started_epoch_s, time.time()) * 1000

    def stop(self, status: str = "Session ended") -> None:
        """Freeze the clock (the session ended)."""
        with self.hold_sync():
            self.end_ms = 0.0
            self.start_ms = 0.0
            self.status = status

    @property
    def elapsed_s(self) -> float:
        """Seconds since the clock started."""
        return max(0.0, time.time() - self.start_ms / 1000) if self.start_ms else 0.0

    @property
    def remaining_s(self) -> float | None:
        """Seconds left, or ``None`` without a limit."""
        if not self.end_ms:
            return None
        return max(0.0, self.end_ms / 1000 - time.time())
