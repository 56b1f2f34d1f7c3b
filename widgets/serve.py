"""``interview serve``: the practice app as a standalone web app (Voila over ``notebooks/``).

Only the notebooks a candidate should open are served: Voila's root is a
private folder holding links to ``interview.ipynb`` and ``dashboard.ipynb``
(:data:`APP_NOTEBOOKS`), so the tree at ``/`` lists just those two and a direct
URL to ``grade.ipynb`` (the batch report, which fails without its papermill
parameters) is a 404. Voila's own options cannot do this: its contents
manager is fixed, ``hide_globs`` only hides from the listing, and
``file_allowlist`` covers static files, not rendered notebooks.

Voila runs in directory mode with the ``interview`` template (nothing loaded
from a CDN), tracebacks hidden, idle kernels culled, and a pool of preheated
kernels (:data:`DEFAULT_POOL`, refilled after :data:`REFILL_DELAY_S`) for
``interview.ipynb`` only (the notebook reads its query string through
``voila.utils.wait_for_request``, which needs ``VOILA_APP_PORT``). A host that
is not loopback never runs the sandbox in weak mode.

One port, one token: the REST + WebSocket API (:mod:`interview_kernel.api`) is
served by the same server under ``/interview/api``, with one grading service
for every caller. The token is ``--token``, else ``INTERVIEW_TOKEN``, else a
generated one printed in the URL (as Jupyter does); an empty ``INTERVIEW_TOKEN``
on a loopback host turns authentication off (every caller is the server's user).

It lives with the UI and joins the CLI through the ``interview.commands`` entry
point, so the library never imports the UI; Voila is imported when the command runs.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

from ._bundle import SERVED_ENV

DEFAULT_PORT = 5100
DEFAULT_HOST = "127.0.0.1"
REFILL_DELAY_S = 2.0
"""Seconds before Voila preheats the next kernel after handing one out (Voila's
default is 1 s). Voila puts the refill in the pool at once, delay included, and a
request that finds the preheated kernels taken waits for the next refill: in a
burst of page loads every page beyond the pool pays this delay once (10 s before
issue 20), so it stays short; a page's own kernel has by then sent its first paint."""
DEFAULT_POOL = 3
"""Preheated kernels kept for ``interview.ipynb`` (``--pool``, ``INTERVIEW_PAGE_POOL``).
Each idle one holds a page's modules (about 80 MB resident); the first pages of a burst
take them at once and the rest wait for a kernel that is already starting."""
POOL_ENV = "INTERVIEW_PAGE_POOL"
IOPUB_TIMEOUT_S = 60
"""Seconds Voila waits, after a cell's reply, for the cell's output (nbclient's default is 4 s).
In a burst of page loads the app's output arrives seconds after the reply; at 4 s Voila
dropped it with a warning and the page stayed blank."""
STORE_HEAD_ENV = "INTERVIEW_STORE_HEAD"
"""Set once the server has migrated the store: the schema revision it reached. A page's
kernel that finds the store at that revision opens it without Alembic (``picker.open_store``)."""
PROJECT_ROOT = Path(__file__).resolve().parents[1]
APP_NOTEBOOKS = ("interview.ipynb", "dashboard.ipynb")
"""The notebooks candidates open; everything else in ``notebooks/`` stays unserved."""

# Same-origin only: the page, its websockets, and anywidget's blob: ES modules.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self' ws: wss: blob:",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
)


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def app_url(host: str, port: int) -> str:
    """The base URL people reach this server at, for reminder and calendar links.

    A wildcard address (``0.0.0.0``, ``::``) is nobody's address: the machine's
    name stands in for it.
    """
    if is_loopback(host):
        name = "localhost"
    elif host in ("0.0.0.0", "::", ""):
        import socket

        name = socket.getfqdn()
    else:
        name = host
    if ":" in name:
        name = f"[{name}]"
    return f"http://{name}:{port}"


def _local_address(host: str) -> str:
    """Where this machine reaches a server listening on ``host``."""
    if host in ("", "0.0.0.0", "::", "localhost"):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def notebooks_dir() -> Path:
    """The folder served: ``./notebooks`` when it holds the app, else the project's."""
    here = Path.cwd() / "notebooks"
    if (here / "interview.ipynb").is_file():
        return here
    return PROJECT_ROOT / "notebooks"


def app_root(notebooks: Path, into: Path) -> Path:
    """Fill ``into`` with links to the :data:`APP_NOTEBOOKS` of ``notebooks``; returns ``into``.

    Links, not copies: an edited notebook is served as it is now. A notebook
    missing from ``notebooks`` is skipped (``interview serve`` checks the app's).
    """
    for name in APP_NOTEBOOKS:
        if (notebooks / name).is_file():
            (into / name).symlink_to((notebooks / name).resolve())
    return into


def template_root() -> Path:
    """The data directory holding ``voila/templates/interview`` (shipped with ``widgets``)."""
    return Path(__file__).resolve().parent / "share"


def voila_argv(
    root: Path,
    host: str,
    port: int,
    token: str | None,
    preheat: bool,
    cull_minutes: int,
    pool: int = DEFAULT_POOL,
) -> list[str]:
    """The Voila command line for the app (kept separate so it can be tested and printed)."""
    denylist = [r"^(?!(.*/)?interview\.ipynb$).*"]  # preheat interview.ipynb only
    argv = [
        str(root),
        f"--port={port}",
        f"--Voila.ip={host}",
        "--no-browser",
        "--template=interview",
        "--theme=light",
        "--show_tracebacks=False",
        f"--preheat_kernel={preheat}",
        f"--pool_size={max(pool, 0)}",
        f"--VoilaKernelManager.fill_delay={REFILL_DELAY_S}",
        f"--VoilaKernelManager.preheat_denylist={json.dumps(denylist)}",
        f"--VoilaExecutor.iopub_timeout={IOPUB_TIMEOUT_S}",
        f"--MappingKernelManager.cull_idle_timeout={cull_minutes * 60}",
        "--MappingKernelManager.cull_interval=60",
        "--MappingKernelManager.cull_connected=False",
    ]
    if token:
        argv.append(f"--token={token}")
    return argv


def _pool(args: argparse.Namespace) -> int:
    """The preheated pool's size: ``--pool``, else ``INTERVIEW_PAGE_POOL``, else the default."""
    if getattr(args, "pool", None) is not None:
        return max(int(args.pool), 0)
    raw = os.environ.get(POOL_ENV, "").strip()
    return max(int(raw), 0) if raw.isdigit() else DEFAULT_POOL


def _serve(args: argparse.Namespace) -> int:
    host, port = args.host, args.port
    if not 0 < port < 65536:
        print(f"interview serve: --port {port} is not a port number", file=sys.stderr)
        return 2
    token = args.token if args.token is not None else os.environ.get("INTERVIEW_TOKEN")
    if not is_loopback(host):
        if os.environ.get("INTERVIEW_SANDBOX", "").lower() == "weak":
            print(
                "interview serve: refusing weak sandbox mode (INTERVIEW_SANDBOX=weak) on a "
                f"non-loopback host ({host}); unset it or serve on 127.0.0.1",
                file=sys.stderr,
            )
            return 2
        token = token or secrets.token_urlsafe(24)
    elif token is None:
        token = secrets.token_urlsafe(24)
    root = notebooks_dir()
    if not (root / "interview.ipynb").is_file():
        print(f"interview serve: {root}/interview.ipynb not found", file=sys.stderr)
        return 2

    os.environ["VOILA_APP_PORT"] = str(port)
    # The front-end bundles are the template's static files: pages import them by URL.
    os.environ[SERVED_ENV] = "1"
    # The pages' kernels grade through this server's one service (see widgets._grading).
    os.environ["INTERVIEW_SERVICE_URL"] = f"http://{_local_address(host)}:{port}"
    # Without a server token the pages' kernels still authenticate, with one of their own
    # (a token-authenticated POST needs no browser cookie).
    os.environ["INTERVIEW_SERVICE_TOKEN"] = token or secrets.token_urlsafe(24)
    # Kernels run in notebooks/: pin the store's default (memory/ under the launch dir).
    os.environ.setdefault(
        "INTERVIEW_DB_URL", f"sqlite:///{(Path.cwd() / 'memory' / 'interview.db').resolve()}"
    )
    _migrate_store()
    # Reminders and calendar files link to where the app is served (INTERVIEW_APP_URL wins).
    os.environ.setdefault("INTERVIEW_APP_URL", app_url(host, port))
    url = f"{app_url(host, port)}/voila/render/interview.ipynb"
    print(f"Interview practice app: {url}" + (f"?token={token}" if token else ""), flush=True)
    served = Path(tempfile.mkdtemp(prefix="interview-serve-"))
    try:
        app_root(root, served)
        argv = voila_argv(
            served, host, port, token, not args.no_preheat, args.cull_minutes, _pool(args)
        )
        run_voila(argv)
    finally:
        shutil.rmtree(served, ignore_errors=True)
    return 0


def _migrate_store() -> None:
    """Migrate the store now and tell the pages' kernels its revision (they skip Alembic).

    A failure is only logged here: each page's kernel then opens the store the usual
    way and shows what is wrong.
    """
    os.environ.pop(STORE_HEAD_ENV, None)
    try:
        from interview_kernel.store import get_engine, head_revision

        get_engine()
        os.environ[STORE_HEAD_ENV] = head_revision()
    except Exception as exc:  # noqa: BLE001 - the pages report it to the candidate
        print(f"interview serve: the store could not be opened: {exc}", file=sys.stderr)


def run_voila(argv: list[str], api: bool = True) -> None:
    """Run Voila with ``argv``, the ``interview`` template on its path and the CSP header.

    With ``api`` the server also serves :mod:`interview_kernel.api` (and its grading
    service) on the same port, behind the same token.
    """
    old = os.environ.get("JUPYTER_PATH")
    os.environ["JUPYTER_PATH"] = str(template_root()) + (os.pathsep + old if old else "")

    from traitlets.config import Config
    from voila.app import Voila

    config = Config()
    config.Voila.tornado_settings = {
        "headers": {"Content-Security-Policy": CONTENT_SECURITY_POLICY}
    }
    if not api:
        Voila.launch_instance(argv=argv, config=config)
        return
    from interview_kernel.api.auth import TeamIdentityProvider

    config.Voila.identity_provider_class = TeamIdentityProvider
    _api_voila(Voila).launch_instance(argv=argv, config=config)


def _api_voila(base: type) -> type:
    """Voila plus the API routes and the server's grading service."""
    from interview_kernel.api import ApiState, handlers

    class InterviewVoila(base):  # type: ignore[misc, valid-type]
        def init_settings(self) -> dict:
            settings = super().init_settings()
            from interview_kernel.grading.service import GradingService

            # Started now, in the background: warm before the first run arrives.
            self.interview_api = ApiState(GradingService().start())
            settings["interview_api"] = self.interview_api
            return settings  # type: ignore[no-any-return]

        def init_handlers(self) -> list:
            return handlers(self.server_url) + super().init_handlers()  # type: ignore[no-any-return]

        def stop(self) -> None:
            try:
                self.interview_api.close()
            finally:
                super().stop()

    return InterviewVoila


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``interview serve`` to the CLI."""
    p = subparsers.add_parser(
        "serve",
        help="serve the practice app (Voila) on http://127.0.0.1:5100",
        description=(
            "Serve the practice app and the dashboard of notebooks/ with Voila; the app is "
            "/voila/render/interview.ipynb?problem=<id>."
        ),
    )
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default 5100)")
    p.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help="address to listen on (default 127.0.0.1; anything else requires a token)",
    )
    p.add_argument("--token", default=None, help="access token (generated for non-loopback hosts)")
    p.add_argument(
        "--no-preheat", action="store_true", help="start a kernel per page load instead of a pool"
    )
    p.add_argument(
        "--pool",
        type=int,
        default=None,
        help=f"preheated kernels kept for the app (default {DEFAULT_POOL}, or {POOL_ENV})",
    )
    p.add_argument(
        "--cull-minutes",
        type=int,
        default=10,
        help="shut down disconnected kernels idle this long (default 10)",
    )
    p.set_defaults(func=_serve)
