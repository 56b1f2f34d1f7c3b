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
