"""Reminder channels: a small registry of notifiers (e-mail over SMTP, in-app banners).

A notifier's ``send(message, db)`` delivers one :class:`ReminderMessage` or
raises :class:`DeliveryError`; the runner retries with back-off. The in-app
notifier writes a ``notifications`` row inside the runner's transaction, so it
is delivered exactly once. More channels plug in through the
``interview.notifiers`` entry-point group (a factory taking no arguments).

``INTERVIEW_SMTP_URL`` configures e-mail::

    smtp://user:password@mail.example.com:587    STARTTLS when offered (default)
    smtp://host:587?starttls=require             refuse to send without STARTTLS
    smtp://host:25?starttls=never                plain (loopback relays)
    smtps://user:password@host:465               TLS from the first byte
    ...?from=interviews@example.com              sender (else INTERVIEW_SMTP_FROM)
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from importlib.metadata import entry_points
from typing import Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from .. import settings
from ..errors import InterviewError
from ..store import Notification, utcnow

SMTP_TIMEOUT_S = 15.0


class DeliveryError(InterviewError):
    """A reminder could not be delivered this time (the runner retries it)."""


@dataclass(frozen=True)
class ReminderMessage:
    """One reminder, ready for any channel."""

    reminder_id: int
    interview_id: int
    user_id: str
    recipient: str | None
    subject: str
    body: str
    link: str


class Notifier(Protocol):
    """A reminder channel."""

    def send(self, message: ReminderMessage, db: Any) -> None:
        """Deliver ``message`` or raise :class:`DeliveryError`."""
        ...


class InAppNotifier:
    """A banner in the practice app and the dashboard (a ``notifications`` row)."""

    transactional = True

    def send(self, message: ReminderMessage, db: Any) -> None:
        """Insert the banner in the runner's transaction."""
        db.add(
            Notification(
                user_id=message.user_id,
                interview_id=message.interview_id,
                kind="reminder",
                message=message.body.splitlines()[0],
                link=message.link,
                created_at=utcnow(),
            )
        )


@dataclass(frozen=True)
class SMTPSettings:
    """Parsed ``INTERVIEW_SMTP_URL``."""

    host: str
    port: int
    username: str | None
    password: str | None
    implicit_tls: bool
    starttls: str  # "auto" | "require" | "never"
    sender: str

    @classmethod
    def from_url(cls, url: str) -> SMTPSettings:
        """Parse an ``smtp://`` or ``smtps://`` URL (see the module docstring)."""
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise DeliveryError(
                f"INTERVIEW_SMTP_URL {_redact(url)!r} is not smtp://host:port or smtps://host:port"
            )
        q = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        starttls = q.get("starttls", "auto")
        if starttls not in ("auto", "require", "never"):
            raise DeliveryError("INTERVIEW_SMTP_URL starttls must be auto, require or never")
        implicit = parts.scheme == "smtps"
        return cls(
            host=parts.hostname,
            port=parts.port or (465 if implicit else 587),
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            implicit_tls=implicit,
            starttls=starttls,
            sender=q.get("from") or settings.get("INTERVIEW_SMTP_FROM"),
        )


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url


class EmailNotifier:
    """E-mail over SMTP, configured by ``INTERVIEW_SMTP_URL``."""

    transactional = False

    def __init__(self, url: str | None = None, tls_context: ssl.SSLContext | None = None):
        self.url = url if url is not None else settings.get("INTERVIEW_SMTP_URL")
        self.tls_context = tls_context

    def build(self, message: ReminderMessage, sender: str) -> EmailMessage:
        """The MIME message for a reminder."""
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = message.recipient or ""
        msg["Subject"] = message.subject
        msg["Date"] = formatdate(localtime=False)
        msg["Message-ID"] = make_msgid(idstring=f"reminder-{message.reminder_id}")
        msg["X-Interview-Reminder"] = str(message.reminder_id)
        msg.set_content(message.body)
        return msg

    def send(self, message: ReminderMessage, db: Any) -> None:
        """Send over SMTP; any network or protocol failure becomes :class:`DeliveryError`."""
        if not message.recipient:
            raise DeliveryError("no e-mail address: set one with --email")
        if not self.url:
            raise DeliveryError("INTERVIEW_SMTP_URL is not set; e-mail reminders cannot be sent")
        cfg = SMTPSettings.from_url(self.url)
        ctx = self.tls_context or ssl.create_default_context()
        try:
            smtp: smtplib.SMTP
            if cfg.implicit_tls:
                smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=SMTP_TIMEOUT_S, context=ctx)
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=SMTP_TIMEOUT_S)
            with smtp:
                smtp.ehlo()
                if not cfg.implicit_tls and cfg.starttls != "never":
                    if smtp.has_extn("starttls"):
                        smtp.starttls(context=ctx)
                        smtp.ehlo()
                    elif cfg.starttls == "require":
                        raise DeliveryError(f"{cfg.host}:{cfg.port} does not offer STARTTLS")
                if cfg.username:
                    smtp.login(cfg.username, cfg.password or "")
                smtp.send_message(self.build(message, cfg.sender))
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"SMTP {cfg.host}:{cfg.port}: {type(exc).__name__}: {exc}") from exc


_REGISTRY: dict[str, Callable[[], Any]] = {"inapp": InAppNotifier, "email": EmailNotifier}


def register_notifier(name: str, factory: Callable[[], Any]) -> None:
    """Add a channel (plugins may also use the ``interview.notifiers`` entry points)."""
    _REGISTRY[name] = factory


def notifiers() -> dict[str, Any]:
    """One instance of every known channel, built-ins first then entry-point plugins."""
    found = dict(_REGISTRY)
    for ep in entry_points(group="interview.notifiers"):
        found.setdefault(ep.name, ep.load())
    return {name: factory() for name, factory in found.items()}
