"""The jupyter_client kernel provisioner that starts ``interview-sandbox`` inside the sandbox.

Registered under the ``jupyter_client.kernel_provisioners`` entry point as
``interview-sandbox-provisioner``. It gives each kernel a private runtime folder
(only its connection file and IPC sockets), forces the IPC transport (TCP cannot
cross the network namespace) and replaces the kernelspec's command line with the
bubblewrap one from :mod:`interview_kernel.sandbox.bwrap`.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

from jupyter_client.provisioning import LocalProvisioner

from . import bwrap

WEAK_KW = "interview_weak"


class SandboxProvisioner(LocalProvisioner):  # type: ignore[misc]
    """Start the kernel in bubblewrap with a private IPC runtime folder."""

    rundir: str | None = None

    async def pre_launch(self, **kwargs: Any) -> dict[str, Any]:
        """Prepare the runtime folder and the sandboxed command line."""
        weak = bool(kwargs.pop(WEAK_KW, False)) or bwrap.weak_requested()
        km: Any = self.parent
        if self.rundir and os.path.isdir(self.rundir):
            shutil.rmtree(self.rundir, ignore_errors=True)
        self.rundir = bwrap.make_rundir()
        km.transport = "ipc"
        km.ip = os.path.join(self.rundir, "k")
        km.connection_file = os.path.join(self.rundir, "connection.json")
        kwargs = await super().pre_launch(**kwargs)
        km._launch_args[WEAK_KW] = weak
        uid, gid = bwrap.sandbox_ids()
        if os.geteuid() == 0:
            os.chown(km.connection_file, uid, gid)
        make = bwrap.weak_command if weak else bwrap.bwrap_command
        kwargs["cmd"] = make(km.connection_file, self.rundir)
        kwargs["env"] = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        kwargs.pop("cwd", None)
        return kwargs

    async def cleanup(self, restart: bool = False) -> None:
        """Remove the runtime folder with the kernel."""
        await super().cleanup(restart=restart)
        if self.rundir:
            shutil.rmtree(self.rundir, ignore_errors=True)
            self.rundir = None
