"""The jupyter_client kernel provisioner that starts ``interview-sandbox`` inside the sandbox.

Registered under the ``jupyter_client.kernel_provisioners`` entry point as
``interview-sandbox-provisioner``. It gives each kernel a private runtime folder
(only its connection file and IPC sockets), forces the IPC transport (TCP cannot
cross the network namespace), replaces the kernelspec's command line with the
bubblewrap one from :mod:`interview_kernel.sandbox.bwrap`, and holds the kernel's
*lifeline*: the write end of a pipe whose read end the kernel watches, so that
the sandbox ends as soon as this process does, however it ends.
"""

from __future__ import annotations

import os
import shutil
import signal
from typing import Any

from jupyter_client.connect import KernelConnectionInfo
from jupyter_client.provisioning import LocalProvisioner

from . import bwrap

WEAK_KW = "interview_weak"

_held: set[int] = set()
"""Write ends of every lifeline this process holds."""


def _drop_lifelines_in_child() -> None:
    """In a forked child, close the parent's lifelines.

    A child forked without exec (multiprocessing's fork, say) would otherwise
    keep every sandbox of its parent alive for as long as it lives. Children
    that exec lose them anyway: the write ends are close-on-exec.
    """
    for fd in list(_held):
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


os.register_at_fork(after_in_child=_drop_lifelines_in_child)


class SandboxProvisioner(LocalProvisioner):  # type: ignore[misc]
    """Start the kernel in bubblewrap with a private IPC runtime folder and a lifeline."""

    rundir: str | None = None
    lifeline: int | None = None
    """The write end of this kernel's lifeline pipe, while the kernel may run."""
    _lifeline_read: int | None = None

    async def pre_launch(self, **kwargs: Any) -> dict[str, Any]:
        """Prepare the runtime folder, the lifeline and the sandboxed command line."""
        weak = bool(kwargs.pop(WEAK_KW, False)) or bwrap.weak_requested()
        km: Any = self.parent
        if self.rundir and os.path.isdir(self.rundir):
            shutil.rmtree(self.rundir, ignore_errors=True)
        self.close_lifeline()
        self.rundir = bwrap.make_rundir()
        km.transport = "ipc"
        km.ip = os.path.join(self.rundir, "k")
        km.connection_file = os.path.join(self.rundir, "connection.json")
        kwargs = await super().pre_launch(**kwargs)
        km._launch_args[WEAK_KW] = weak
        uid, gid = bwrap.sandbox_ids()
        if os.geteuid() == 0:
            os.chown(km.connection_file, uid, gid)
        # Both ends are close-on-exec: only the kernel's command inherits the read
        # end (pass_fds), and nothing else this process starts holds the write end.
        read, write = os.pipe()
        self._lifeline_read, self.lifeline = read, write
        _held.add(write)
        make = bwrap.weak_command if weak else bwrap.bwrap_command
        kwargs["cmd"] = make(km.connection_file, self.rundir, read)
        kwargs["env"] = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        kwargs["pass_fds"] = (read,)
        kwargs.pop("cwd", None)
        return kwargs

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> KernelConnectionInfo:
        """Start the command; the kernel has its copy of the lifeline's read end, drop ours."""
        try:
            return await super().launch_kernel(cmd, **kwargs)
        finally:
            if self._lifeline_read is not None:
                os.close(self._lifeline_read)
                self._lifeline_read = None

    def close_lifeline(self) -> None:
        """Let go of the lifeline: the kernel and its whole sandbox end at once."""
        for fd in (self._lifeline_read, self.lifeline):
            if fd is not None:
                _held.discard(fd)
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._lifeline_read = self.lifeline = None

    def alive(self) -> bool:
        """Whether the kernel's process runs (a direct poll, no event loop)."""
        return self.process is not None and self.process.poll() is None

    def end_sandbox(self) -> None:
        """End the kernel and its whole sandbox now, and reap it.

        Letting go of the lifeline ends the sandbox even where no signal reaches
        it (bwrap's ``--new-session`` puts the kernel in a process group of its
        own); the signal goes to the process group, as jupyter_client sends it
        (a bwrap child that has not yet armed its parent-death signal is still in
        it); reaping first spares ``shutdown_kernel`` its 0.1 s polls of a dead
        kernel.
        """
        self.close_lifeline()
        process = self.process
        if process is None or process.poll() is not None:
            return
        if self.pgid:
            try:
                os.killpg(self.pgid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        else:
            process.kill()
        process.wait(timeout=5)

    async def cleanup(self, restart: bool = False) -> None:
        """Remove the runtime folder with the kernel, and let go of its lifeline."""
        await super().cleanup(restart=restart)
        self.close_lifeline()
        if self.rundir:
            shutil.rmtree(self.rundir, ignore_errors=True)
            self.rundir = None
