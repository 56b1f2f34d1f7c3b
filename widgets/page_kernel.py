"""The kernel of an app page: ipykernel, at a lower CPU priority than the server.

``interview serve`` (and the hub and Kubernetes recipes) put ``widgets/share`` on
``JUPYTER_PATH``, whose ``kernels/python3`` names this module. In a burst of page
loads every cold page kernel imports the app at once; at equal priority the
scheduler gives the one server process a share like any kernel's, and the pages
that already have a kernel (from the preheated pool) wait on it for their static
files, websockets and grading. A page kernel is niced by :data:`PAGE_NICE`, so the
server and the sandboxes come first and the kernels take what is left.
"""

from __future__ import annotations

import os

PAGE_NICE = 5


def main() -> None:
    """Lower this process's priority, then run ipykernel as ``ipykernel_launcher`` does."""
    try:
        os.nice(PAGE_NICE)
    except OSError:  # not permitted here: run at the inherited priority
        pass
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
