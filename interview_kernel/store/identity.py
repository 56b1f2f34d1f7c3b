"""Who the current user is; every store query is scoped to this one id.

Order: ``JUPYTERHUB_USER`` when set (under a hub a user cannot act as anyone
else, whatever the code passes), else the explicit ``user`` argument (``--user``),
else ``INTERVIEW_USER``, else the operating-system user.
"""

from __future__ import annotations

import getpass
import os

from .. import settings
from ..errors import InterviewError


class IdentityError(InterviewError):
    """No user identity could be found."""


def current_user(explicit: str | None = None) -> str:
    """The user this process acts for (see the module docstring for the order).

    Raises
    ------
    IdentityError
        When no identity can be found at all.
    """
    for candidate in (
        os.environ.get("JUPYTERHUB_USER"),
        explicit,
        settings.get("INTERVIEW_USER"),
    ):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        return getpass.getuser()
    except Exception as exc:  # no passwd entry and no LOGNAME: some containers
        raise IdentityError(
            "cannot tell who you are: set INTERVIEW_USER or pass --user NAME"
        ) from exc


def display_name(user_id: str, preferred: str | None = None) -> str | None:
    """The name to greet ``user_id`` by, or ``None`` (then say "your").

    In order: the hub's user name (``JUPYTERHUB_USER``), the user's own choice
    (``preferred``, from the preferences), the operating system's full name of
    that account. A bare system account such as ``root`` is nobody's name, so
    it gives ``None`` rather than "Practice summary for root".
    """
    for candidate in (os.environ.get("JUPYTERHUB_USER"), preferred):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        import pwd

        entry = pwd.getpwnam(user_id)
    except (ImportError, KeyError):
        return None
    full = entry.pw_gecos.split(",")[0].strip()
    if entry.pw_uid == 0 or entry.pw_uid < 1000 or not full or full == user_id:
        return None
    return full
