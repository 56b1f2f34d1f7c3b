"""The hub recipe's parts without a hub: who the API answers, what the candidate's server allows.

The real hub (three users, configurable-http-proxy) is ``tests/api/test_jupyterhub.py``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from jupyter_server.auth.identity import User
from tornado import web

from interview_kernel.api.auth import request_user

ROOT = Path(__file__).resolve().parents[2]
SINGLEUSER = ROOT / "deploy/jupyterhub/singleuser_config.py"


class HubLikeProvider:
    """Stands for the hub's identity provider: it names the caller."""

    interview_users = True


def handler(name: str) -> SimpleNamespace:
    return SimpleNamespace(
        current_user=User(username=name), settings={"identity_provider": HubLikeProvider()}
    )


def test_the_server_answers_its_hub_owner(monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_USER", "alice")
    assert request_user(handler("alice")) == "alice"


def test_another_hub_user_on_the_owners_server_is_refused_not_given_her_history(monkeypatch):
    # An admin, or a user the owner shared the server with: the store would act for
    # JUPYTERHUB_USER whatever name it is given, so the API must not answer at all.
    monkeypatch.setenv("JUPYTERHUB_USER", "alice")
    with pytest.raises(web.HTTPError, match="keeps alice's history only") as caught:
        request_user(handler("bob"))
    assert caught.value.status_code == 403


def test_without_a_hub_the_callers_name_is_the_user(monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    assert request_user(handler("bob")) == "bob"


@pytest.fixture
def singleuser(monkeypatch) -> Iterator[dict]:
    """The config file executed as jupyterhub-singleuser does, without leaking its env."""
    pytest.importorskip("jupyterhub")
    from traitlets.config import Config

    saved = dict(os.environ)  # the config sets variables itself: put them all back after
    for name in ("INTERVIEW_SERVICE_URL", "INTERVIEW_SERVICE_TOKEN", "INTERVIEW_BUNDLES_SERVED"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("JUPYTERHUB_ROOT_DIR", str(ROOT / "notebooks"))  # Spawner.notebook_dir
    monkeypatch.setenv("JUPYTERHUB_SERVICE_URL", "http://0.0.0.0:8888/user/alice")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "server-token")
    config = Config()
    namespace: dict = {"get_config": lambda: config, "__file__": str(SINGLEUSER)}
    exec(compile(SINGLEUSER.read_text(), str(SINGLEUSER), "exec"), namespace)
    namespace["config"] = config
    try:
        yield namespace
    finally:
        shutil.rmtree(config.ServerApp.root_dir, ignore_errors=True)  # the folder of links
        os.environ.clear()
        os.environ.update(saved)


def test_the_pages_kernels_get_the_servers_own_grading_address(singleuser):
    assert os.environ["INTERVIEW_SERVICE_URL"] == "http://127.0.0.1:8888/user/alice/"
    assert os.environ["INTERVIEW_SERVICE_TOKEN"] == "server-token"
    assert os.environ["INTERVIEW_BUNDLES_SERVED"] == "1"
    address = singleuser["service_address"]
    assert address({"JUPYTERHUB_SERVICE_URL": "http://10.0.0.5:8888/user/b%40c/"}) is None
    assert address(
        {"JUPYTERHUB_SERVICE_URL": "http://10.0.0.5:8888/user/b%40c/", "JUPYTERHUB_API_TOKEN": "t"}
    ) == ("http://127.0.0.1:8888/user/b%40c/", "t")


def test_only_the_apps_notebooks_are_served(singleuser):
    root = Path(singleuser["config"].ServerApp.root_dir)
    assert os.environ["JUPYTERHUB_ROOT_DIR"] == str(root)
    assert sorted(p.name for p in root.iterdir()) == ["dashboard.ipynb", "interview.ipynb"]
    assert (root / "interview.ipynb").resolve() == ROOT / "notebooks/interview.ipynb"


def test_the_candidates_server_runs_none_of_their_code(singleuser, monkeypatch):
    config = singleuser["config"]
    assert config.ServerApp.terminals_enabled is False
    allowed = set(config.MappingKernelManager.allowed_message_types)
    assert "execute_request" not in allowed and "comm_msg" in allowed
    authorizer = singleuser["InterviewAuthorizer"]
    assert config.ServerApp.authorizer_class is authorizer
    from jupyterhub.singleuser.extension import JupyterHubAuthorizer

    monkeypatch.setattr(JupyterHubAuthorizer, "is_authorized", lambda *a: True)
    check = authorizer().is_authorized
    assert check(None, None, "read", "contents")
    assert check(None, None, "execute", "kernels")  # the page's widget channel
    for action, resource in [
        ("write", "contents"),
        ("write", "kernels"),
        ("write", "sessions"),
        ("execute", "terminals"),
        ("read", "terminals"),
        ("write", "files"),
    ]:
        assert not check(None, None, action, resource), (action, resource)
    monkeypatch.setattr(JupyterHubAuthorizer, "is_authorized", lambda *a: False)
    assert not check(None, None, "read", "contents")  # the hub's access check comes first
