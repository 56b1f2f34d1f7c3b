"""A candidate's server under JupyterHub: Voila (the app) + the interview API, hub identity.

Three things beyond plain ``jupyterhub-singleuser``:

- The pages' kernels grade through this server's one grading service, as under
  ``interview serve``: ``INTERVIEW_SERVICE_URL`` is the server's own address
  including its base URL (``/user/<name>/``) and ``INTERVIEW_SERVICE_TOKEN`` is
  the server's hub token (``JUPYTERHUB_API_TOKEN``, which the hub's identity
  provider accepts as the server's owner). A page's kernel starts no sandbox.
- The candidate owns this server, so it must not run their code outside the
  sandbox: kernels accept only the messages a Voila page needs (widget comms,
  no ``execute_request``, as standalone Voila), terminals are off, and
  :class:`InterviewAuthorizer` refuses writes to files, starting kernels or
  sessions through the REST API. Otherwise a candidate could run Python next to
  the store's credentials and every other candidate's history.
- Only the app's notebooks are served (``interview.ipynb``, ``dashboard.ipynb``),
  from a folder of links, as ``interview serve`` does; not the batch notebook.
- Voila's preheated kernel pool is not available here: it exists only in the
  standalone ``voila`` application (see README.md, "Preheat").
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from jupyterhub.singleuser.extension import JupyterHubAuthorizer

c = get_config()  # type: ignore[name-defined]  # noqa: F821 - Jupyter's config loader

c.ServerApp.jpserver_extensions = {"voila.server_extension": True, "interview_kernel.api": True}


def served_root() -> str:
    """A folder holding links to the app's notebooks only, as ``interview serve`` serves.

    The batch notebook (``grade.ipynb``) stays unserved: rendering it would start a
    pool of sandboxes and write a report folder beside the notebooks.
    """
    from widgets.serve import app_root, notebooks_dir

    root = os.environ.get("JUPYTERHUB_ROOT_DIR") or ""
    source = Path(root) if (Path(root) / "interview.ipynb").is_file() else notebooks_dir()
    return str(app_root(source, Path(tempfile.mkdtemp(prefix="interview-hub-"))))


_served = served_root()
atexit.register(shutil.rmtree, _served, True)
os.environ["JUPYTERHUB_ROOT_DIR"] = _served  # jupyterhub-singleuser reads it for root_dir
c.ServerApp.root_dir = _served
c.ServerApp.default_url = "/voila/render/interview.ipynb"
c.VoilaConfiguration.template = "interview"
c.VoilaConfiguration.theme = "light"
c.VoilaConfiguration.show_tracebacks = False
c.MappingKernelManager.cull_idle_timeout = 600
c.MappingKernelManager.cull_interval = 60


def service_address(environ: "os._Environ[str] | dict[str, str]") -> tuple[str, str] | None:
    """``(url, token)`` of this server's grading service for its kernels, from the hub's env.

    The hub gives the server ``JUPYTERHUB_SERVICE_URL`` (``http://IP:PORT/user/<name>/``,
    the IP possibly ``0.0.0.0`` in a container) and ``JUPYTERHUB_API_TOKEN``; the
    kernels call the server on loopback.
    """
    url, token = environ.get("JUPYTERHUB_SERVICE_URL", ""), environ.get("JUPYTERHUB_API_TOKEN", "")
    if not url or not token:
        return None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    base = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme or 'http'}://127.0.0.1:{port}{base}", token


_address = service_address(os.environ)
if _address is not None:
    # Read by widgets._grading in every kernel this server starts (Voila passes its
    # own environment on to the pages' kernels).
    os.environ.setdefault("INTERVIEW_SERVICE_URL", _address[0])
    os.environ.setdefault("INTERVIEW_SERVICE_TOKEN", _address[1])
# The front-end bundles are the template's static files (/user/<name>/voila/static/...):
# pages import them by URL and the browser caches them, as under `interview serve`.
os.environ.setdefault("INTERVIEW_BUNDLES_SERVED", "1")

# Widget traffic only: the page's kernel runs the app, never code sent from the browser.
c.MappingKernelManager.allowed_message_types = [
    "comm_open",
    "comm_close",
    "comm_msg",
    "comm_info_request",
    "kernel_info_request",
    "shutdown_request",
]
c.ServerApp.terminals_enabled = False

READ_ONLY = {"contents", "files", "kernelspecs", "nbconvert", "config", "api", "events"}
"""Jupyter Server resources a candidate may read but not change."""
WIDGET_CHANNELS = {"kernels"}
"""Resources the page needs to ``execute`` on: the kernel websocket (filtered above)."""


class InterviewAuthorizer(JupyterHubAuthorizer):  # type: ignore[misc]
    """The hub's access check, then read-only Jupyter Server APIs.

    Voila starts, renders and stops the pages' kernels itself (not through the
    REST API); the browser only opens the kernel's websocket (``execute`` on
    ``kernels``). The interview API and Voila's own routes do not ask the
    authorizer: the hub's identity provider guards them.
    """

    def is_authorized(self, handler, user, action, resource):  # type: ignore[no-untyped-def]
        """Whether ``user`` may ``action`` (read, write, execute) on ``resource``."""
        if not super().is_authorized(handler, user, action, resource):
            return False
        if action == "read":
            return resource in READ_ONLY or resource in WIDGET_CHANNELS
        if action == "execute":
            return resource in WIDGET_CHANNELS
        return False


c.ServerApp.authorizer_class = InterviewAuthorizer
