"""Who is calling: the server's token, a team's tokens, or the hub's identity.

``interview serve`` uses :class:`TeamIdentityProvider`: the server's token
(``--token`` or ``INTERVIEW_TOKEN``) is the server's user, and an optional JSON
file of ``{token: user}`` (``INTERVIEW_TOKENS_FILE``) lets a small team share
one server, each with their own history. Under JupyterHub the hub's identity
provider names the user, and the server answers its owner only
(:func:`request_user`). Any other provider (a plain ``jupyter server`` with
its own token) acts for the server's user, since its token names no one.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from typing import Any

from jupyter_server.auth.identity import IdentityProvider, User
from tornado import web

from ..store.identity import current_user

log = logging.getLogger(__name__)

MAX_USER_CHARS = 255


def team_tokens(path: str | None = None) -> dict[str, str]:
    """The ``{token: user}`` map of ``INTERVIEW_TOKENS_FILE`` (empty without one)."""
    path = path or os.environ.get("INTERVIEW_TOKENS_FILE")
    if not path:
        return {}
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k and 0 < len(v) <= MAX_USER_CHARS
        for k, v in data.items()
    ):
        raise ValueError(f"{path}: expected a JSON object of token -> user name")
    return dict(data)


class TeamIdentityProvider(IdentityProvider):  # type: ignore[misc]
    """The server's token is the server's user; team tokens name their users."""

    interview_users = True

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._team = team_tokens()

    @property
    def auth_enabled(self) -> bool:
        """Without a server token or team tokens (loopback, opted out) nobody logs in."""
        return bool(self.token or self._team)

    @property
    def login_available(self) -> bool:
        """Whether the login form can log anyone in."""
        return self.auth_enabled

    def _user(self, name: str) -> User:
        return User(username=name, name=name, display_name=name)

    def get_user_token(self, handler: Any) -> Any:
        """The user a token in the URL or ``Authorization`` header names, else ``None``."""
        given = self.get_token(handler)
        if not given:
            return None
        if self.token and secrets.compare_digest(given, self.token):
            return self._user(current_user(None))
        service = os.environ.get("INTERVIEW_SERVICE_TOKEN", "")
        if service and secrets.compare_digest(given, service):  # the pages' own kernels
            return self._user(current_user(None))
        for token, name in self._team.items():
            if secrets.compare_digest(given, token):
                return self._user(name)
        return None

    def generate_anonymous_user(self, handler: Any) -> User:
        """Without a token (loopback, opted out) every caller is the server's user."""
        return self._user(current_user(None))


def request_user(handler: Any) -> str:
    """The store's user id for an authenticated request (see the module docstring).

    Raises
    ------
    tornado.web.HTTPError
        403 when the process acts for a hub user (``JUPYTERHUB_USER``) and the
        caller is someone else, e.g. an admin or a user the owner shared the
        server with. The store scopes every query to ``JUPYTERHUB_USER`` whatever
        name it is given, so answering would show them the owner's history and
        record their work as the owner's.
    """
    user = handler.current_user
    provider = handler.settings.get("identity_provider")
    name = getattr(user, "username", None)
    if name and (
        getattr(provider, "interview_users", False)
        or type(provider).__module__.startswith("jupyterhub")
    ):
        owner = os.environ.get("JUPYTERHUB_USER", "").strip()
        if owner and str(name) != owner:
            log.warning("refused %r on the server of hub user %r", name, owner)
            raise web.HTTPError(
                403, f"this server keeps {owner}'s history only; use your own server"
            )
        return str(name)
    return current_user(None)
