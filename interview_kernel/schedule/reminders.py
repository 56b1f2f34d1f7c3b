"""The reminder runner: claim due reminders in a transaction, deliver, mark.

Delivery guarantees
-------------------
* **Claim.** A due reminder moves ``pending -> sending`` with a conditional
  ``UPDATE ... WHERE status = 'pending'`` inside a transaction (SQLite:
  ``BEGIN IMMEDIATE``; PostgreSQL: the row lock of the UPDATE). Of two runners
  at once, exactly one gets each reminder: none is sent twice.
* **In-app** reminders are written and marked ``sent`` in the same
  transaction as the claim: exactly once.
* **E-mail** is sent after the claim commits and marked ``sent`` in a second
  transaction. A runner killed between sending and marking leaves the row in
  ``sending``; after :data:`CLAIM_LEASE` another run re-claims it *once*
  (``reclaimed``), so a reminder can be delivered at most twice (one
  duplicate) and never silently lost. A second expired lease marks it
  ``failed`` and raises an in-app notice.
* **Failures** (SMTP down, refused) go back to ``pending`` with exponential
  back-off (:data:`RETRY_BACKOFF`); after :data:`MAX_ATTEMPTS` the reminder
  is ``failed``, reported in the run report and as an in-app notice.
* **Downtime.** Reminders still due when the runner comes back are sent as
  long as the interview has not started; when several of one interview and
  channel are due together only the latest (closest to the interview) is sent
  and the rest are marked ``skipped``. Reminders of interviews started,
  finished, cancelled or missed are ``skipped``.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, or_, select, update

from .. import settings
from ..store import (
    Notification,
    Preferences,
    Program,
    Reminder,
    ScheduledInterview,
    get_engine,
    transaction,
    utcnow,
)
from . import lifecycle, rules
from .notifiers import DeliveryError, ReminderMessage, notifiers

log = logging.getLogger(__name__)

CLAIM_LEASE = timedelta(minutes=10)
"""How long a claim may stay unmarked before the runner is presumed dead."""

RETRY_BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=2),
    timedelta(minutes=4),
    timedelta(minutes=8),
    timedelta(minutes=16),
)
"""Wait before retry n (1-based attempts index into it)."""

MAX_ATTEMPTS = len(RETRY_BACKOFF) + 1
"""Attempts before a reminder is ``failed``."""


def app_url() -> str:
    """Base URL of the practice app for links (``INTERVIEW_APP_URL``)."""
    return settings.get("INTERVIEW_APP_URL").rstrip("/")


def humanize(delta: timedelta) -> str:
    """Time remaining as words: ``23 hours 58 minutes``, ``5 minutes``, ``started 2 minutes ago``.

    Examples
    --------
    >>> from datetime import timedelta
    >>> humanize(timedelta(hours=23, minutes=58, seconds=30))
    '23 hours 58 minutes'
    >>> humanize(timedelta(minutes=-2))
    'started 2 minutes ago'
    """
    secs = int(round(delta.total_seconds()))
    if -60 < secs < 60:
        return "now"
    past = secs < 0
    secs = abs(secs)
    days, rem = divmod(secs, 86400)
    hours, rem = divmod(rem, 3600)
    minutes = rem // 60
    parts = []
    for n, unit in ((days, "day"), (hours, "hour"), (minutes, "minute")):
        if n:
            parts.append(f"{n} {unit}{'s' if n != 1 else ''}")
    text = " ".join(parts[:2])
    return f"started {text} ago" if past else text


def reminder_text(
    *,
    mode: str,
    difficulty: str | None,
    company_role: str | None,
    scheduled: datetime,
    tz_name: str,
    now: datetime,
    link: str,
) -> tuple[str, str]:
    """Subject and body of a reminder: the *actual* time remaining and the app link."""
    local = scheduled.astimezone(rules.zone(tz_name))
    remaining = humanize(scheduled - now)
    what = " ".join(x for x in (difficulty, mode) if x)
    role = f" for {company_role}" if company_role else ""
    when = f"{local:%A %d %B %Y, %H:%M} {local.tzname()}"
    if remaining == "now" or remaining.startswith("started"):
        lead = (
            f"Your mock {what} interview{role} {'starts now' if remaining == 'now' else remaining}"
        )
        subject = f"Mock interview: {'now' if remaining == 'now' else 'join now'}"
    else:
        lead = f"Your mock {what} interview{role} starts in {remaining}"
        subject = f"Mock interview in {remaining}"
    body = f"{lead} ({when}).\nOpen the practice app: {link}\n"
    return subject, body


@dataclass
class RunReport:
    """What one pass of the runner did (ids per outcome)."""

    sent: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    retried: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"sent {len(self.sent)}, skipped {len(self.skipped)}, retrying {len(self.retried)},"
            f" failed {len(self.failed)}, interviews missed {len(self.missed)}"
        )


@dataclass(frozen=True)
class _Claim:
    reminder_id: int
    channel: str
    message: ReminderMessage


def _due_filter(now: datetime) -> Any:
    pending = and_(
        Reminder.status == "pending",
        Reminder.reminder_time <= now,
        or_(Reminder.next_attempt_at.is_(None), Reminder.next_attempt_at <= now),
    )
    stale = and_(Reminder.status == "sending", Reminder.claimed_at < now - CLAIM_LEASE)
    return or_(pending, stale)


def _recipient(db: Any, iv: ScheduledInterview) -> tuple[str | None, bool]:
    pref = db.get(Preferences, iv.user_id)
    enabled = pref.notifications_enabled if pref is not None else True
    email = None
    if iv.program_id is not None:
        prog = db.get(Program, iv.program_id)
        email = prog.email if prog else None
    return email or (pref.email if pref else None), enabled


def _notice(db: Any, user_id: str, interview_id: int, text: str, now: datetime) -> None:
    db.add(
        Notification(
            user_id=user_id,
            interview_id=interview_id,
            kind="delivery",
            message=text,
            link=None,
            created_at=now,
        )
    )


def _claim(
    db: Any, now: datetime, runner: str, channels: dict[str, Any], report: RunReport
) -> list[_Claim]:
    rows = db.scalars(
        select(Reminder).where(_due_filter(now)).order_by(Reminder.reminder_time)
    ).all()
    groups: dict[tuple[int, str], list[Reminder]] = defaultdict(list)
    for r in rows:
        groups[(r.interview_id, r.channel)].append(r)
    claims: list[_Claim] = []
    for (interview_id, channel), rems in groups.items():
        if channel not in channels:
            continue  # left pending for a runner that has this channel
        iv = db.get(ScheduledInterview, interview_id)
        if iv is None:
            continue  # deleted: its reminders go with it (ON DELETE CASCADE)
        reason = None
        if iv.status != "scheduled":
            reason = f"interview {iv.status}"
        elif now >= iv.scheduled_time + lifecycle.GRACE:
            reason = "interview start window has passed"
        recipient, enabled = _recipient(db, iv)
        if reason is None and channel == "email" and not enabled:
            reason = "notifications disabled"
        rems.sort(key=lambda r: r.reminder_time)
        chosen = None if reason else rems[-1]
        for r in rems:
            if r is chosen:
                continue
            why = reason or f"superseded by the {rems[-1].offset_minutes}-minute reminder"
            res = db.execute(
                update(Reminder)
                .where(
                    Reminder.id == r.id,
                    Reminder.status == r.status,
                    Reminder.attempts == r.attempts,
                )
                .values(status="skipped", last_error=why)
                .execution_options(synchronize_session=False)
            )
            if res.rowcount == 1:
                report.skipped.append(r.id)
        if chosen is None:
            continue
        stale = chosen.status == "sending"
        if stale and chosen.reclaimed:
            res = db.execute(
                update(Reminder)
                .where(
                    Reminder.id == chosen.id,
                    Reminder.status == "sending",
                    Reminder.claimed_at == chosen.claimed_at,
                )
                .values(
                    status="failed", last_error="runner stopped twice while delivering; giving up"
                )
                .execution_options(synchronize_session=False)
            )
            if res.rowcount == 1:
                report.failed.append(chosen.id)
                _notice(
                    db,
                    iv.user_id,
                    iv.id,
                    f"A {channel} reminder for your interview could not be confirmed as delivered.",
                    now,
                )
            continue
        cond = [
            Reminder.id == chosen.id,
            Reminder.status == chosen.status,
            Reminder.attempts == chosen.attempts,
        ]
        res = db.execute(
            update(Reminder)
            .where(*cond)
            .values(
                status="sending",
                claimed_at=now,
                claimed_by=runner,
                attempts=chosen.attempts + 1,
                reclaimed=chosen.reclaimed or stale,
            )
            .execution_options(synchronize_session=False)
        )
        if res.rowcount != 1:
            continue  # another runner got it first
        link = f"{app_url()}{lifecycle.start_link(iv.id)}"
        subject, body = reminder_text(
            mode=iv.mode,
            difficulty=iv.difficulty,
            company_role=iv.company_role,
            scheduled=iv.scheduled_time,
            tz_name=iv.timezone,
            now=now,
            link=link,
        )
        msg = ReminderMessage(chosen.id, iv.id, iv.user_id, recipient, subject, body, link)
        claims.append(_Claim(chosen.id, channel, msg))
    return claims


def _mark_sent(db: Any, rid: int, runner: str, now: datetime) -> bool:
    res = db.execute(
        update(Reminder)
        .where(Reminder.id == rid, Reminder.status == "sending", Reminder.claimed_by == runner)
        .values(status="sent", sent=True, sent_at=now, last_error=None)
        .execution_options(synchronize_session=False)
    )
    return res.rowcount == 1


def _mark_failure(
    db: Any, rid: int, runner: str, err: str, now: datetime, report: RunReport
) -> None:
    r = db.get(Reminder, rid)
    if r is None or r.status != "sending" or r.claimed_by != runner:
        return
    r.last_error = err[:2000]
    if r.attempts >= MAX_ATTEMPTS:
        r.status = "failed"
        report.failed.append(rid)
        _notice(
            db,
            r.user_id,
            r.interview_id,
            f"Your {r.channel} reminder could not be delivered after {r.attempts}"
            f" attempts: {err[:200]}",
            now,
        )
    else:
        r.status = "pending"
        r.next_attempt_at = now + RETRY_BACKOFF[max(r.attempts - 1, 0)]
        report.retried.append(rid)


def run_once(
    *,
    now: datetime | None = None,
    engine: Engine | None = None,
    channels: dict[str, Any] | None = None,
    runner_id: str | None = None,
    after_send: Callable[[int], None] | None = None,
) -> RunReport:
    """One pass: mark missed interviews, then claim, deliver and mark due reminders.

    Parameters
    ----------
    now
        The clock (``--now``); default the real time.
    engine
        The store.
    channels
        ``{channel: notifier}``; default :func:`~.notifiers.notifiers`.
    runner_id
        Identifies this runner in ``claimed_by`` (default host:pid:random).
    after_send
        Test hook called with the reminder id after a non-transactional send and
        before it is marked (lets a test simulate a runner killed right there).
    """
    now = now or utcnow()
    eng = engine or get_engine()
    chans = channels if channels is not None else notifiers()
    runner = runner_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    report = RunReport()
    with transaction(eng) as db:
        report.missed = lifecycle.mark_missed(db, now)
    with transaction(eng) as db:
        claims = _claim(db, now, runner, chans, report)
        later = []
        for c in claims:
            notifier = chans[c.channel]
            if getattr(notifier, "transactional", False):
                notifier.send(c.message, db)  # delivered with the claim: exactly once
                db.flush()
                if _mark_sent(db, c.reminder_id, runner, now):
                    report.sent.append(c.reminder_id)
            else:
                later.append(c)
    for c in later:
        try:
            chans[c.channel].send(c.message, None)
        except DeliveryError as exc:
            log.warning("reminder %s: %s", c.reminder_id, exc)
            report.errors.append(f"reminder {c.reminder_id}: {exc}")
            with transaction(eng) as db:
                _mark_failure(db, c.reminder_id, runner, str(exc), now, report)
            continue
        if after_send is not None:
            after_send(c.reminder_id)
        with transaction(eng) as db:
            if _mark_sent(db, c.reminder_id, runner, now):
                report.sent.append(c.reminder_id)
    return report


def run_forever(
    *,
    interval: float = 30.0,
    engine: Engine | None = None,
    clock: Callable[[], datetime] = utcnow,
    sleep: Callable[[float], None] = time.sleep,
    passes: int | None = None,
) -> None:
    """Run :func:`run_once` every ``interval`` seconds (``passes`` bounds it, for tests)."""
    done = 0
    while passes is None or done < passes:
        try:
            rep = run_once(now=clock(), engine=engine)
            if rep.sent or rep.failed or rep.missed:
                log.info("reminders: %s", rep.summary())
        except Exception:  # keep the loop alive; the next pass retries
            log.exception("reminder pass failed")
        done += 1
        if passes is None or done < passes:
            sleep(interval)
