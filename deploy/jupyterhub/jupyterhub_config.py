"""JupyterHub: one ``interview serve`` per candidate, a shared PostgreSQL store, idle culling.

    jupyterhub -f deploy/jupyterhub/jupyterhub_config.py

Each user's single-user server is the practice app and its API
(``jupyterhub-singleuser`` with the Voila and ``interview_kernel.api``
extensions: the hub's proxy routes ``/user/<name>/`` to it, the hub's OAuth is
the identity, and ``JUPYTERHUB_USER`` scopes every store query to that user). The store is one
PostgreSQL database for everyone (``INTERVIEW_DB_URL``); each server has its own
grading service sized from ``INTERVIEW_GRADING_POOL``. Idle servers are culled
by the jupyterhub-idle-culler service.

Tested with a real hub by ``tests/api/test_jupyterhub.py`` (see README.md here).
Adjust the authenticator and the spawner to your site.
"""

import os
import sys

c = get_config()  # type: ignore[name-defined]  # noqa: F821 - JupyterHub's config loader

VENV_BIN = os.environ.get("INTERVIEW_VENV_BIN", os.path.dirname(sys.executable))
DB_URL = os.environ.get(
    "INTERVIEW_DB_URL", "postgresql+psycopg://interview:interview@127.0.0.1:5432/interview"
)

c.JupyterHub.bind_url = os.environ.get("HUB_BIND_URL", "http://127.0.0.1:8000")

# Candidates log in with the hub's authenticator; for a trial, the dummy one.
c.JupyterHub.authenticator_class = os.environ.get("HUB_AUTHENTICATOR", "dummy")
c.Authenticator.allow_all = True

# One server per user: `jupyterhub-singleuser` (a jupyter_server authenticated by
# the hub's OAuth) with Voila's server extension (the app) and the interview API
# extension (same origin, the hub user as identity), configured by
# singleuser_config.py. Pages are rendered by Voila at /user/<name>/voila/render/...
HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(os.path.dirname(HERE))
c.JupyterHub.spawner_class = "simple"  # LocalProcessSpawner as the hub's own user: trials only
c.Spawner.cmd = [os.path.join(VENV_BIN, "jupyterhub-singleuser")]
c.Spawner.args = [f"--config={os.path.join(HERE, 'singleuser_config.py')}"]
c.Spawner.notebook_dir = os.path.join(PROJECT, "notebooks")
c.Spawner.environment = {
    "INTERVIEW_DB_URL": DB_URL,
    "INTERVIEW_GRADING_POOL": os.environ.get("INTERVIEW_GRADING_POOL", "2"),
    "JUPYTER_PATH": os.path.join(PROJECT, "widgets", "share"),
}
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.default_url = "/voila/render/interview.ipynb"

# Cull servers idle for 30 minutes (pip install jupyterhub-idle-culler).
c.JupyterHub.load_roles = [
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }
]
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=1800"],
    }
]
