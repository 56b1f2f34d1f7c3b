"""The ``interview-sandbox`` kernelspec, installed into the environment on first use."""

from __future__ import annotations

import json
import os
import sys
import tempfile

from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

NAME = "interview-sandbox"
PROVISIONER = "interview-sandbox-provisioner"


def spec() -> dict[str, object]:
    """The kernel.json content (the provisioner rewrites argv into the sandboxed command)."""
    return {
        "argv": [
            sys.executable,
            "-m",
            "interview_kernel._runtime.kernel",
            "-f",
            "{connection_file}",
        ],
        "display_name": "Interview sandbox (grading only)",
        "language": "json",
        "interrupt_mode": "message",
        "metadata": {"kernel_provisioner": {"provisioner_name": PROVISIONER}},
    }


def ensure_installed() -> str:
    """Install or refresh the kernelspec in ``sys.prefix``; returns the kernel name."""
    ksm = KernelSpecManager()
    try:
        current = ksm.get_kernel_spec(NAME)
        if current.argv == spec()["argv"] and current.interrupt_mode == "message":
            return NAME
    except NoSuchKernel:
        pass
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, NAME)
        os.makedirs(path)
        with open(os.path.join(path, "kernel.json"), "w") as f:
            json.dump(spec(), f, indent=1)
        ksm.install_kernel_spec(path, NAME, prefix=sys.prefix, replace=True)
    return NAME
