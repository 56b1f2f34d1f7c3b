"""One warm ``interview-sandbox`` kernel as the grader drives it, and the test inputs it is sent.

:class:`SandboxedKernel` starts the kernel through the sandbox provisioner,
waits for its handshake, sends it a run (the tests travel as binary buffer
frames), relays the outcomes it streams back, interrupts it on Stop and ends
it (the provisioner kills the whole sandbox). It knows nothing of problems or
verdicts: that is :mod:`.judge`; the pool and the public face are :mod:`.grader`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from jupyter_client import KernelManager

from .._runtime.kernel import MIME
from .._runtime.protocol import BatchRequest, Outcome, RunInfo, RunRequest
from ..errors import KernelDiedError, SandboxUnavailableError
from ..sandbox import kernelspec
from ..sandbox.provisioner import WEAK_KW, SandboxProvisioner
from .cancel import CancelToken

log = logging.getLogger(__name__)

CANCEL_POLL_S = 0.02
"""How often a cancellable run looks at its token (the Stop latency budget is 0.5 s)."""
INTERRUPT_REPEAT_S = 0.2
"""How long to wait for an interrupt to take before sending it again."""


class SandboxedKernel:
    """One warm sandboxed kernel and its blocking client."""

    def __init__(self, weak: bool, start_timeout: float, launcher: ThreadPoolExecutor):
        """Spawn the kernel; it is ready for runs after :meth:`wait_ready`."""
        self.weak = weak
        self.start_timeout = start_timeout
        self.launcher = launcher
        self.km: KernelManager | None = None
        self.kc: Any = None
        self._booting: tuple[KernelManager, Any] | None = None
        self._state = threading.Lock()  # close() and wait_ready() may run on two threads
        self.spawn()

    def start(self) -> None:
        """Spawn the kernel and wait until it answers."""
        self.spawn()
        self.wait_ready()

    def spawn(self) -> None:
        """Start the kernel process; :meth:`wait_ready` waits for it to answer.

        bubblewrap's --die-with-parent follows the *thread* that started it, so every
        kernel is launched from the grader's one long-lived launcher thread; waiting
        for it to boot can happen anywhere, so a pool's kernels boot side by side.
        """
        self._booting = self.launcher.submit(self._launch).result()

    def _launch(self) -> tuple[KernelManager, Any]:
        name = kernelspec.ensure_installed()
        km = KernelManager(kernel_name=name)
        km.start_kernel(**{WEAK_KW: self.weak})
        kc = km.blocking_client()
        kc.start_channels()
        return km, kc

    def wait_ready(self) -> None:
        """Wait for the spawned kernel to answer; a close() meanwhile wins."""
        with self._state:
            booting = self._booting
        if booting is None:
            return
        km, kc = booting  # still in _booting while we wait, so close() can stop it
        try:
            self._handshake(km, kc)
        except Exception as exc:
            with self._state:
                ours = self._booting is booting
                if ours:
                    self._booting = None
            if ours:
                stop_kernel(km, kc)
            raise SandboxUnavailableError(
                f"the sandboxed kernel did not start ({exc}); run `interview doctor`"
            ) from None
        with self._state:
            if self._booting is booting:
                self.km, self.kc, self._booting = km, kc, None
                return
        raise SandboxUnavailableError("the kernel was closed while it started")

    def _handshake(self, km: KernelManager, kc: Any) -> None:
        """Wait until the kernel answers on shell and IOPub reaches us.

        jupyter_client's ``wait_for_ready`` does the same and then drains IOPub
        until it has been quiet for 0.2 s, which every pool start paid in full;
        a run ignores IOPub messages that are not its own, so no drain is needed.
        """
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            kc.kernel_info()
            try:  # any kernel_info reply will do: a slow kernel answers an earlier request
                reply = kc.shell_channel.get_msg(timeout=0.5)
            except queue.Empty:
                reply = None
            if reply is not None and reply["msg_type"] == "kernel_info_reply":
                try:  # IOPub is connected once the reply's status messages arrive
                    kc.iopub_channel.get_msg(timeout=0.2)
                    return
                except queue.Empty:
                    pass
            if not km.is_alive():
                raise KernelDiedError("the sandbox kernel died before answering")
        raise KernelDiedError(f"the sandbox kernel gave no answer in {self.start_timeout:.0f} s")

    def alive(self) -> bool:
        """Whether the kernel process runs.

        A direct ``poll`` of the process: this is checked before every run, and
        ``KernelManager.is_alive`` goes through a fresh asyncio event loop each call.
        """
        provisioner = self.km.provisioner if self.km else None
        return isinstance(provisioner, SandboxProvisioner) and provisioner.alive()

    def restart(self) -> None:
        """Replace a dead kernel with a fresh one (the run is retried by the caller)."""
        log.warning("restarting a dead sandbox kernel")
        self.close()
        self.start()

    def run(
        self,
        request: RunRequest | BatchRequest,
        blobs: list[bytes],
        timeout: float,
        progress: Callable[[int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> tuple[list[Outcome], RunInfo]:
        """Send one run request (or a batch); return the outcomes and the reply's run info.

        The tests travel as binary buffer frames, one per run (not inside the JSON),
        so they are neither escaped nor parsed on the way; their digests are in the
        signed part. Once ``cancel`` is set, an interrupt goes to the kernel's control
        channel (again every :data:`INTERRUPT_REPEAT_S` until the reply, since one
        that lands before the kernel picked the request up is forgotten); the kernel
        kills the run and answers with what finished, so it stays warm.
        """
        content = {
            "code": json.dumps(request),
            "silent": False,
            "store_history": False,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": True,
        }
        msg = self.kc.session.msg("execute_request", content)
        msg["buffers"] = blobs
        self.kc.shell_channel.send(msg)
        msg_id = msg["header"]["msg_id"]
        outcomes: list[Outcome] = []
        deadline = time.monotonic() + timeout
        idle = replied = False
        reply: dict[str, Any] = {}
        interrupt_at = 0.0
        tick = CANCEL_POLL_S if cancel is not None else 0.25
        while not (idle and replied):
            now = time.monotonic()
            remaining = deadline - now
            if remaining <= 0:
                raise TimeoutError("the sandbox kernel did not answer in time")
            if cancel is not None and cancel.cancelled and not idle and now >= interrupt_at:
                self._interrupt()
                interrupt_at = now + INTERRUPT_REPEAT_S
            try:
                msg = self.kc.iopub_channel.get_msg(timeout=min(remaining, tick))
            except queue.Empty:
                msg = None
            if msg is None:
                if not replied:
                    reply, replied = self._poll_reply(msg_id)
                if not self.alive():
                    raise KernelDiedError("the sandbox kernel died")
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "display_data":
                data = msg["content"]["data"].get(MIME)
                if data is not None:
                    outcomes.extend(data["outcomes"])
                    if progress is not None:
                        progress(sum("i" in o for o in outcomes))
            elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
                while not replied:  # skipping late answers to the readiness handshake
                    r = self.kc.shell_channel.get_msg(timeout=max(remaining, 1))
                    if r["parent_header"].get("msg_id") == msg_id:
                        reply, replied = r["content"], True
        if interrupt_at:
            self._drain_control()
        return outcomes, reply.get("interview", {})

    def _interrupt(self) -> None:
        """Ask the kernel to kill the run in flight (``interrupt_mode: message``)."""
        self.kc.control_channel.send(self.kc.session.msg("interrupt_request", {}))

    def _drain_control(self) -> None:
        """Drop the interrupt replies, so they do not pile up in the control socket."""
        while True:
            try:
                self.kc.control_channel.get_msg(timeout=0.05)
            except queue.Empty:
                return

    def _poll_reply(self, msg_id: str) -> tuple[dict[str, Any], bool]:
        try:
            r = self.kc.shell_channel.get_msg(timeout=0)
        except queue.Empty:
            return {}, False
        if r["parent_header"].get("msg_id") == msg_id:
            return r["content"], True
        return {}, False

    def close(self) -> None:
        """Stop the kernel and its sandbox, whether it is running or still starting."""
        with self._state:  # take whichever client there is, so it is stopped exactly once
            km, kc = self._booting or (self.km, self.kc)
            self._booting = None
            self.km = self.kc = None
        if km is not None:
            stop_kernel(km, kc)


def stop_kernel(km: KernelManager, kc: Any) -> None:
    """Stop a kernel: its client, its sandbox, then jupyter_client's clean-up.

    The provisioner ends and reaps the sandbox first, since ``shutdown_kernel``
    only cleans up after a dead kernel and polls a live one every 0.1 s.
    """
    try:
        kc.stop_channels()
    except Exception:
        log.debug("stopping a kernel client failed", exc_info=True)
    try:
        if isinstance(km.provisioner, SandboxProvisioner):
            km.provisioner.end_sandbox()
        km.shutdown_kernel(now=True)
    except Exception:  # already dead: nothing to clean
        log.debug("kernel shutdown failed", exc_info=True)


@dataclass(frozen=True)
class Packed:
    """Test inputs as one blob of JSON documents, an index into it and its digest."""

    blob: bytes
    index: list[list[int]]
    digest: str


def pack_tests(tests: Sequence[list[Any]], program: bool = False) -> Packed:
    """Encode each test's argument list (tagged data) once, back to back.

    A ``program`` test's only argument is its standard-input text: it goes as
    raw UTF-8 bytes, which the sandbox streams into the program's stdin as they are.
    """
    if program:
        parts = [str(a[0] if a else "").encode("utf-8") for a in tests]
    else:
        parts = [json.dumps(a, separators=(",", ":"), allow_nan=False).encode() for a in tests]
    index, offset = [], 0
    for p in parts:
        index.append([offset, len(p)])
        offset += len(p)
    blob = b"".join(parts)
    return Packed(blob, index, hashlib.sha256(blob).hexdigest())
