"""The interviewer chat: a scrolling log, an input, a send button and a hint button.

The brain behind it is a pluggable backend: any callable taking a
:class:`ChatEvent` and returning a reply (a string, or an iterable of string
chunks that are streamed into the log as they arrive). The app's default is
:class:`interview_kernel.interviewer.Interviewer`.
"""

from __future__ import annotations

import html
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import anywidget
import ipywidgets as w
import traitlets as t

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 4_000

EventKind = Literal["message", "hint", "result", "start"]


@dataclass
class ChatEvent:
    """What happened, for the interviewer to react to.

    Attributes
    ----------
    kind
        ``message`` (the candidate wrote), ``hint`` (asked for a hint), ``result``
        (a test run finished) or ``start`` (the session began).
    text
        The candidate's message, if any.
    problem
        The :class:`interview_kernel.Problem` being solved.
    result
        The latest :class:`interview_kernel.GradeResult`, if any.
    elapsed_s
        Seconds since the session started.
    history
        ``(speaker, text)`` pairs so far; speaker is ``user`` or ``ai``.
    """

    kind: EventKind
    text: str = ""
    problem: Any = None
    result: Any = None
    elapsed_s: float = 0.0
    history: list[tuple[str, str]] = field(default_factory=list)


Reply = str | Iterable[str] | None
ChatBackend = Callable[[ChatEvent], Reply]


def _inline_markdown(text: str) -> str:
    """Escape ``text``, then render the interviewer's **bold** and `code` spans."""
    out = html.escape(text)
    out = re.sub(r"\*\*([^*\n]+)\*\*", r"<b>\1</b>", out)
    return re.sub(r"`([^`\n]+)`", r"<code>\1</code>", out)


_CHAT_INPUT_ESM = """
let counter = 0;
function render({ model, el }) {
  const input = document.createElement("input");
  const label = document.createElement("label");
  input.id = `iv-chat-text-${++counter}-${Math.random().toString(36).slice(2, 7)}`;
  label.htmlFor = input.id;
  label.className = "iv-visually-hidden";
  label.textContent = model.get("label") || "Message to the interviewer";
  input.type = "text";
  input.className = "iv-chat-text";
  input.autocomplete = "off";
  input.placeholder = model.get("placeholder") || "";
  input.value = model.get("value") || "";
  input.disabled = !!model.get("disabled");
  input.addEventListener("input", () => {
    model.set("value", input.value);
    model.save_changes();
  });
  input.addEventListener("keydown", (event) => {
    event.stopPropagation();
    if (event.key !== "Enter" || event.isComposing) return;
    event.preventDefault();
    const text = input.value;
    input.value = "";
    model.set("value", "");
    model.save_changes();
    model.send({ type: "submit", value: text });
  });
  const onValue = () => {
    const value = model.get("value") || "";
    if (value === "" && input.value !== "" && document.activeElement === input) return;
    if (value !== input.value) input.value = value;
  };
  const onDisabled = () => { input.disabled = !!model.get("disabled"); };
  model.on("change:value", onValue);
  model.on("change:disabled", onDisabled);
  el.append(label, input);
  return () => {
    model.off("change:value", onValue);
    model.off("change:disabled", onDisabled);
  };
}
export default { render };
"""


class ChatInput(anywidget.AnyWidget):
    """The chat's text box: Enter sends the text the box holds at that moment.

    ipywidgets' ``Text`` sends its Enter event and its value as two messages, and
    echoes values back while the candidate types: Enter sent the previous
    message. Here the browser puts the text into the Enter message itself and
    clears the box locally, so what is sent is what was in the box.
    """

    _esm = _CHAT_INPUT_ESM
    _css = ".iv-chat-text { width: 100%; box-sizing: border-box; padding: 4px 6px; }"
    value = t.Unicode("").tag(sync=True)
    label = t.Unicode("Message to the interviewer").tag(sync=True)
    """The input's accessible name (a ``<label>``, visually hidden)."""
    placeholder = t.Unicode("").tag(sync=True)
    disabled = t.Bool(False).tag(sync=True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._submit_callbacks: list[Callable[[str], Any]] = []
        self.on_msg(self._on_browser_message)

    def on_submit(self, callback: Callable[[str], Any]) -> None:
        """Call ``callback(text)`` when the candidate presses Enter."""
        self._submit_callbacks.append(callback)

    def _on_browser_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        # From the browser, so untrusted: only a submit with a string is acted on.
        if not isinstance(content, dict) or content.get("type") != "submit":
            return
        text = content.get("value")
        if not isinstance(text, str):
            return
        for callback in list(self._submit_callbacks):
            callback(text[:MAX_MESSAGE_CHARS])


class ChatBox(w.VBox):
    """Log, input, send and hint; every reply comes from ``backend`` and may stream.

    Parameters
    ----------
    backend
        The interviewer: ``backend(ChatEvent) -> str | Iterable[str] | None``.
    context
        Called to fill the problem, last result and elapsed time of each event.
    """

    def __init__(
        self,
        backend: ChatBackend,
        context: Callable[[], dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        self.backend = backend
        self.context = context or dict
        self.history: list[tuple[str, str]] = []
        self.message_callbacks: list[Callable[[str, str], Any]] = []
        self.hint_callbacks: list[Callable[[], Any]] = []
        self.event_callbacks: list[Callable[[ChatEvent], Any]] = []
        self.lock = threading.RLock()  # one speaker at a time: the kernel and the grading thread
        self.log_view = w.HTML("")
        self.log_view.add_class("interview-chat-log")
        self.input = ChatInput(
            placeholder="Explain your approach or ask a question...",
            layout=w.Layout(flex="1 1 auto", width="auto"),
        )
        self.input.add_class("interview-chat-input")
        self.send_button = w.Button(description="Send", tooltip="Send your message (Enter)")
        self.send_button.add_class("interview-chat-send")
        self.hint_button = w.Button(description="Hint", tooltip="Ask the interviewer for a hint")
        self.hint_button.add_class("interview-hint")
        self.send_button.on_click(lambda _b: self.send())
        self.hint_button.on_click(lambda _b: self.ask_hint())
        self.input.on_submit(lambda text: self.send(text, clear=False))
        row = w.HBox([self.input, self.send_button, self.hint_button])
        row.add_class("iv-chat-row")
        head = w.HTML('<h2 class="iv-pane-title">Interviewer</h2>')
        head.add_class("iv-chat-head")
        super().__init__([head, self.log_view, row], **kwargs)
        self.add_class("interview-chat")

    def restore(self, history: list[tuple[str, str]]) -> None:
        """Show a stored transcript again (a reload) without storing it twice."""
        with self.lock:
            self.history = [(s, t) for s, t in history if s in ("user", "ai", "system")]
            self._render()

    def clear(self) -> None:
        """An empty log (a new session)."""
        with self.lock:
            self.history = []
            self._render()

    def say(self, speaker: str, text: str) -> None:
        """Append a message to the log (``user``, ``ai`` or ``system``)."""
        with self.lock:
            self.history.append((speaker, text))
            self._render()
        self._notify(speaker, text)

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable the input and buttons (after the session ended)."""
        for widget in (self.input, self.send_button, self.hint_button):
            widget.disabled = not enabled

    def _notify(self, speaker: str, text: str) -> None:
        for callback in list(self.message_callbacks):
            try:
                callback(speaker, text)
            except Exception:  # noqa: BLE001 - a listener must not break the chat
                log.exception("chat listener failed")

    def send(self, text: str | None = None, clear: bool = True) -> None:
        """Send the input's text (or ``text``) and show the interviewer's reply.

        ``clear=False`` leaves the box alone (Enter: the browser already cleared
        it, and the candidate may be typing the next message).
        """
        text = (self.input.value if text is None else text).strip()
        if not text:
            return
        text = text[:MAX_MESSAGE_CHARS]
        if clear:
            self.input.value = ""
        self.say("user", text)
        self._candidate_event(ChatEvent("message", text=text))

    def ask_hint(self) -> None:
        """Ask the backend for the next hint."""
        self.say("user", "Could I have a hint?")
        for callback in list(self.hint_callbacks):
            try:
                callback()
            except Exception:  # noqa: BLE001
                log.exception("hint listener failed")
        self._candidate_event(ChatEvent("hint"))

    def _candidate_event(self, event: ChatEvent) -> None:
        self.react(event)
        for callback in list(self.event_callbacks):  # e.g. the app's clock check
            try:
                callback(event)
            except Exception:  # noqa: BLE001
                log.exception("chat event listener failed")

    def react(self, event: ChatEvent) -> None:
        """Fill ``event`` from the context, call the backend, stream its reply into the log."""
        with self.lock:
            self._react(event)

    def _react(self, event: ChatEvent) -> None:
        try:
            ctx = self.context()
            event.problem = event.problem if event.problem is not None else ctx.get("problem")
            event.result = event.result if event.result is not None else ctx.get("result")
            event.elapsed_s = ctx.get("elapsed_s", event.elapsed_s)
            event.history = list(self.history)
            reply = self.backend(event)
            if reply is None:
                return
            if isinstance(reply, str):
                if reply:
                    self.say("ai", reply)
                return
            self.history.append(("ai", ""))
            last_render = 0.0
            for chunk in reply:
                speaker, text = self.history[-1]
                self.history[-1] = (speaker, text + str(chunk))
                now = time.monotonic()
                if now - last_render > 0.05:  # stream, but not one message per token
                    self._render()
                    last_render = now
            self._render()
            self._notify(*self.history[-1])
        except Exception as exc:  # noqa: BLE001 - the candidate always gets an answer
            log.exception("interviewer backend failed")
            self.say("system", f"The interviewer could not answer ({type(exc).__name__}).")

    def _render(self) -> None:
        items = "".join(
            f'<div class="iv-msg iv-{html.escape(speaker)}">{_inline_markdown(text)}</div>'
            for speaker, text in self.history
        )
        # The log's CSS (flex column-reverse) keeps it scrolled to the newest message.
        self.log_view.value = (
            '<div class="iv-chat-messages" role="log"'
            f' aria-label="Conversation with the interviewer">{items}</div>'
        )
