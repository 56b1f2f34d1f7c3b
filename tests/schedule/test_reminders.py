"""The reminder runner: claims, at-most-once delivery, downtime, retries, SMTP for real.

E-mail goes to a real aiosmtpd server on loopback (plain, and STARTTLS with
credentials). Clocks are injected (``now=``): nothing sleeps.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import ssl
import subprocess
import threading
from datetime import datetime, timedelta, timezone
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import select, text

from interview_kernel.cli import reminders as cli_reminders
from interview_kernel.practice import sessions
from interview_kernel.schedule import create_program
from interview_kernel.schedule.notifiers import (
    DeliveryError,
    EmailNotifier,
    InAppNotifier,
    SMTPSettings,
)
from interview_kernel.schedule.reminders import (
    CLAIM_LEASE,
    MAX_ATTEMPTS,
    humanize,
    run_once,
)
from interview_kernel.store import Notification, Reminder, create_store_engine, transaction

UTC = timezone.utc
NOW = datetime(2026, 2, 25, 12, tzinfo=UTC)
FIRST = datetime(2026, 2, 27, 20, tzinfo=UTC)  # Friday 15:00 America/New_York


@pytest.fixture
def engine(tmp_path, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.setenv("INTERVIEW_APP_URL", "http://app.test:5100")
    url = f"sqlite:///{tmp_path / 'rem.db'}"
    monkeypatch.setenv("INTERVIEW_DB_URL", url)
    eng = create_store_engine(url)
    yield eng
    eng.dispose()


def _program(engine, weeks=1, email="ann@example.com", **kw):
    return create_program(
        user_id="ann",
        weeks=weeks,
        day="friday",
        at="15:00",
        tz="America/New_York",
        email=email,
        engine=engine,
        now=NOW,
        **kw,
    )


class Recorder:
    """A non-transactional channel that records what it was asked to send."""

    transactional = False

    def __init__(self, fail=0):
        self.sent = []
        self.fail = fail
        self.lock = threading.Lock()

    def send(self, message, db):
        with self.lock:
            if self.fail:
                self.fail -= 1
                raise DeliveryError("SMTP down")
            self.sent.append(message)


def _statuses(engine, channel=None):
    with transaction(engine) as db:
        q = select(Reminder).order_by(Reminder.reminder_time)
        if channel:
            q = q.where(Reminder.channel == channel)
        return [(r.offset_minutes, r.status) for r in db.scalars(q)]


def test_humanize():
    assert humanize(timedelta(hours=24)) == "1 day"
    assert humanize(timedelta(minutes=5)) == "5 minutes"
    assert humanize(timedelta(hours=1, minutes=1)) == "1 hour 1 minute"
    assert humanize(timedelta(seconds=20)) == "now"
    assert humanize(timedelta(minutes=-3)) == "started 3 minutes ago"


def test_each_reminder_sent_when_due_in_app_and_email(engine):
    _program(engine)
    rec = Recorder()
    chans = {"inapp": InAppNotifier(), "email": rec}
    assert run_once(now=FIRST - timedelta(hours=25), engine=engine, channels=chans).sent == []
    rep = run_once(now=FIRST - timedelta(hours=24), engine=engine, channels=chans)
    assert len(rep.sent) == 2
    assert rec.sent[0].subject == "Mock interview in 1 day"
    assert "starts in 1 day" in rec.sent[0].body
    assert "http://app.test:5100/voila/render/interview.ipynb" in rec.sent[0].body
    assert rec.sent[0].recipient == "ann@example.com"
    assert run_once(now=FIRST - timedelta(hours=24), engine=engine, channels=chans).sent == []
    run_once(now=FIRST - timedelta(minutes=59), engine=engine, channels=chans)
    assert "starts in 59 minutes" in rec.sent[1].body
    run_once(now=FIRST - timedelta(minutes=5), engine=engine, channels=chans)
    assert len(rec.sent) == 3
    assert {s for _, s in _statuses(engine)} == {"sent"}
    with transaction(engine) as db:
        banners = db.scalars(select(Notification).order_by(Notification.id)).all()
        assert len(banners) == 3 and "starts in 5 minutes" in banners[-1].message
        assert all(r.sent and r.sent_at for r in db.scalars(select(Reminder)))


def test_after_downtime_only_the_latest_due_reminder_is_sent(engine):
    _program(engine)
    rec = Recorder()
    rep = run_once(
        now=FIRST - timedelta(minutes=30),
        engine=engine,
        channels={"inapp": InAppNotifier(), "email": rec},
    )
    assert len(rep.sent) == 2 and len(rep.skipped) == 2
    assert "starts in 30 minutes" in rec.sent[0].body  # the actual time remaining
    assert _statuses(engine, "email") == [(1440, "skipped"), (60, "sent"), (5, "pending")]


def test_reminders_of_started_interviews_are_skipped(engine):
    program = _program(engine)
    sessions.create_session(
        user="ann",
        schedule_id=program.interviews[0]["id"],
        engine=engine,
        now=FIRST - timedelta(minutes=10),
    )
    rec = Recorder()
    rep = run_once(
        now=FIRST - timedelta(minutes=5),
        engine=engine,
        channels={"inapp": InAppNotifier(), "email": rec},
    )
    assert rep.sent == [] and rec.sent == []
    assert {s for _, s in _statuses(engine)} == {"skipped"}


def test_late_start_still_reminded_then_missed(engine):
    _program(engine, reminder_offsets=(5,))
    rec = Recorder()
    chans = {"email": rec, "inapp": InAppNotifier()}
    rep = run_once(now=FIRST + timedelta(minutes=10), engine=engine, channels=chans)
    assert len(rep.sent) == 2 and "started 10 minutes ago" in rec.sent[0].body
    rep = run_once(now=FIRST + timedelta(minutes=31), engine=engine, channels=chans)
    assert len(rep.missed) == 1


def test_cancelled_interview_gets_no_reminders(engine):
    from interview_kernel.schedule import cancel_interview

    s = _program(engine)
    cancel_interview(s.interviews[0]["id"], "ann", engine=engine, now=NOW)
    rec = Recorder()
    rep = run_once(
        now=FIRST - timedelta(minutes=5),
        engine=engine,
        channels={"inapp": InAppNotifier(), "email": rec},
    )
    assert rep.sent == [] and rec.sent == []


PG_URL = os.environ.get("INTERVIEW_TEST_PG_URL")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_engine(request, engine):
    if request.param == "sqlite":
        yield engine
        return
    if not PG_URL:
        pytest.skip("INTERVIEW_TEST_PG_URL is not set")
    wipe = create_store_engine(PG_URL, migrate=False)
    with wipe.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    wipe.dispose()
    eng = create_store_engine(PG_URL)
    yield eng
    eng.dispose()


def test_two_concurrent_runners_send_each_reminder_once(any_engine):
    engine = any_engine
    times = [
        datetime.fromisoformat(i["scheduled_time_utc"])
        for i in _program(engine, weeks=6).interviews
    ]
    rec = Recorder()
    chans = {"inapp": InAppNotifier(), "email": rec}
    url = engine.url.render_as_string(hide_password=False)
    engines = [create_store_engine(url) for _ in range(2)]
    start = threading.Barrier(2)
    reports, crashes = [], []

    def runner(eng, name):
        start.wait()
        try:
            for when in times:  # 15:00 New York, across the DST change
                start.wait()  # both runners share one clock, as real ones do
                t = when - timedelta(minutes=4)
                reports.append(run_once(now=t, engine=eng, channels=chans, runner_id=name))
        except Exception as exc:  # surfaced below
            crashes.append(exc)

    threads = [threading.Thread(target=runner, args=(e, f"r{i}")) for i, e in enumerate(engines)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for e in engines:
        e.dispose()
    assert crashes == []
    ids = [m.reminder_id for m in rec.sent]
    assert len(ids) == len(set(ids)) == 6  # one e-mail per interview, none twice
    assert sum(len(r.sent) for r in reports) == 12  # plus one in-app banner each
    with transaction(engine) as db:
        assert len(db.scalars(select(Notification)).all()) == 6


class Killed(BaseException):
    """Simulates the runner process dying between sending and marking."""


def test_runner_killed_between_send_and_mark_duplicates_at_most_once(engine):
    _program(engine, reminder_offsets=(1440,), email="ann@example.com")
    rec = Recorder()
    chans = {"email": rec}

    def die(_rid):
        raise Killed

    t0 = FIRST - timedelta(hours=24)
    with pytest.raises(Killed):
        run_once(now=t0, engine=engine, channels=chans, after_send=die)
    assert len(rec.sent) == 1 and _statuses(engine, "email") == [(1440, "sending")]
    # inside the lease nobody touches it
    assert run_once(now=t0 + timedelta(minutes=5), engine=engine, channels=chans).sent == []
    # the lease expired: re-claimed once -> the single allowed duplicate
    with pytest.raises(Killed):
        run_once(
            now=t0 + CLAIM_LEASE + timedelta(minutes=1),
            engine=engine,
            channels=chans,
            after_send=die,
        )
    assert len(rec.sent) == 2
    # dead again: given up, reported, never sent a third time
    rep = run_once(now=t0 + 2 * CLAIM_LEASE + timedelta(minutes=3), engine=engine, channels=chans)
    assert len(rep.failed) == 1 and len(rec.sent) == 2
    with transaction(engine) as db:
        assert db.scalars(select(Notification)).one().kind == "delivery"


def test_smtp_down_is_retried_with_backoff_then_reported(engine):
    _program(engine, reminder_offsets=(1440,))
    rec = Recorder(fail=100)
    chans = {"email": rec}
    t = FIRST - timedelta(hours=24)
    rep = run_once(now=t, engine=engine, channels=chans)
    assert rep.retried and "SMTP down" in rep.errors[0]
    assert run_once(now=t + timedelta(seconds=30), engine=engine, channels=chans).retried == []
    waits = [1, 2, 4, 8, 16]
    for attempt, wait in enumerate(waits, start=2):
        t += timedelta(minutes=wait)
        rep = run_once(now=t, engine=engine, channels=chans)
        if attempt < MAX_ATTEMPTS:
            assert rep.retried, attempt
    assert rep.failed
    assert _statuses(engine, "email") == [(1440, "failed")]
    with transaction(engine) as db:
        r = db.scalars(select(Reminder).where(Reminder.channel == "email")).one()
        assert r.attempts == MAX_ATTEMPTS and "SMTP down" in r.last_error
        note = db.scalars(select(Notification)).one()
        assert "could not be delivered" in note.message


def test_retry_succeeds_after_smtp_comes_back(engine):
    _program(engine, reminder_offsets=(1440,))
    rec = Recorder(fail=1)
    t = FIRST - timedelta(hours=24)
    run_once(now=t, engine=engine, channels={"email": rec})
    rep = run_once(now=t + timedelta(minutes=1), engine=engine, channels={"email": rec})
    assert len(rep.sent) == 1 and "starts in 23 hours 59 minutes" in rec.sent[0].body


# --- real SMTP on loopback --------------------------------------------------------------------


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd hook name)
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_plain():
    sink = Sink()
    port = _free_port()
    ctl = Controller(sink, hostname="127.0.0.1", port=port)
    ctl.start()
    yield sink, port
    ctl.stop()


@pytest.fixture
def tls_files(tmp_path):
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def test_email_over_real_smtp(engine, smtp_plain, monkeypatch):
    sink, port = smtp_plain
    monkeypatch.setenv(
        "INTERVIEW_SMTP_URL", f"smtp://127.0.0.1:{port}?starttls=never&from=coach@example.com"
    )
    _program(engine)
    rep = run_once(
        now=FIRST - timedelta(minutes=60),
        engine=engine,
        channels={"email": EmailNotifier(), "inapp": InAppNotifier()},
    )
    assert len(rep.sent) == 2 and len(sink.messages) == 1
    env = sink.messages[0]
    assert env.mail_from == "coach@example.com" and env.rcpt_tos == ["ann@example.com"]
    msg = message_from_bytes(env.content)
    assert msg["Subject"] == "Mock interview in 1 hour"
    assert "starts in 1 hour" in msg.get_payload(decode=True).decode()


def test_email_starttls_with_credentials(engine, tls_files, monkeypatch):
    cert, key = tls_files
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((mechanism, auth_data.login, auth_data.password))
        ok = auth_data.login == b"coach" and auth_data.password == b"s3cret"
        return AuthResult(success=ok)

    sink = Sink()
    port = _free_port()
    ctl = Controller(
        sink,
        hostname="127.0.0.1",
        port=port,
        tls_context=server_ctx,
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
    )
    ctl.start()
    try:
        client_ctx = ssl.create_default_context(cafile=str(cert))
        good = EmailNotifier(
            f"smtp://coach:s3cret@127.0.0.1:{port}?starttls=require", tls_context=client_ctx
        )
        _program(engine, reminder_offsets=(60,))
        rep = run_once(now=FIRST - timedelta(minutes=60), engine=engine, channels={"email": good})
        assert len(rep.sent) == 1 and len(sink.messages) == 1
        assert logins and logins[0][1] == b"coach"
        bad = EmailNotifier(f"smtp://coach:wrong@127.0.0.1:{port}", tls_context=client_ctx)
        from interview_kernel.schedule.notifiers import ReminderMessage

        with pytest.raises(DeliveryError, match="SMTP"):
            bad.send(ReminderMessage(1, 1, "ann", "a@b.co", "s", "b", "l"), None)
    finally:
        ctl.stop()


def test_smtp_unreachable_is_a_delivery_error():
    port = _free_port()  # nothing listens there
    n = EmailNotifier(f"smtp://127.0.0.1:{port}")
    from interview_kernel.schedule.notifiers import ReminderMessage

    with pytest.raises(DeliveryError, match="ConnectionRefused"):
        n.send(ReminderMessage(1, 1, "ann", "a@b.co", "s", "b", "l"), None)
    with pytest.raises(DeliveryError, match="INTERVIEW_SMTP_URL is not set"):
        EmailNotifier("").send(ReminderMessage(1, 1, "ann", "a@b.co", "s", "b", "l"), None)


def test_smtp_url_parsing():
    s = SMTPSettings.from_url("smtp://u%40x:p%3Ass@mail.example.com?from=me@x.org")
    assert (s.host, s.port, s.username, s.password, s.sender) == (
        "mail.example.com",
        587,
        "u@x",
        "p:ss",
        "me@x.org",
    )
    assert SMTPSettings.from_url("smtps://h").port == 465
    with pytest.raises(DeliveryError, match="not smtp://"):
        SMTPSettings.from_url("http://h")


def test_reminders_command_once_with_now(engine, smtp_plain, monkeypatch, capsys):
    sink, port = smtp_plain
    monkeypatch.setenv("INTERVIEW_SMTP_URL", f"smtp://127.0.0.1:{port}?starttls=never")
    _program(engine)
    p = argparse.ArgumentParser()
    cli_reminders.register(p.add_subparsers())
    args = p.parse_args(
        ["reminders", "run", "--once", "--now", (FIRST - timedelta(hours=1)).isoformat(), "--json"]
    )
    assert args.func(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["sent"]) == 2 and len(out["skipped"]) == 2
    assert len(sink.messages) == 1


def test_in_app_inbox_and_dismiss(engine):
    from interview_kernel.schedule import inbox

    _program(engine, reminder_offsets=(60,))
    run_once(
        now=FIRST - timedelta(minutes=60),
        engine=engine,
        channels={"inapp": InAppNotifier(), "email": Recorder()},
    )
    items = inbox.unread("ann", engine=engine)
    assert len(items) == 1 and "starts in 1 hour" in items[0]["message"]
    assert "/voila/render/interview.ipynb?schedule=" in items[0]["link"]  # starts that mock
    assert inbox.unread("eve", engine=engine) == []
    assert inbox.dismiss(items[0]["id"], "eve", engine=engine) is False
    assert inbox.dismiss(items[0]["id"], "ann", engine=engine) is True
    assert inbox.unread("ann", engine=engine) == []


def test_notifications_off_sends_no_email(engine):
    _program(engine, notifications=False)
    with transaction(engine) as db:
        assert {r.channel for r in db.scalars(select(Reminder))} == {"inapp"}


def test_run_forever_passes_with_fake_sleep(engine):
    from interview_kernel.schedule.reminders import run_forever

    _program(engine, reminder_offsets=(60,), email=None)
    clock = iter([FIRST - timedelta(hours=2), FIRST - timedelta(minutes=59)])
    sleeps = []
    run_forever(
        interval=30, engine=engine, clock=lambda: next(clock), sleep=sleeps.append, passes=2
    )
    assert sleeps == [30]
    assert _statuses(engine) == [(60, "sent")]


def test_channel_without_notifier_is_left_for_another_runner(engine):
    _program(engine, reminder_offsets=(60,))
    rep = run_once(
        now=FIRST - timedelta(minutes=60), engine=engine, channels={"inapp": InAppNotifier()}
    )
    assert len(rep.sent) == 1
    assert _statuses(engine, "email") == [(60, "pending")]
    rec = Recorder()
    run_once(now=FIRST - timedelta(minutes=58), engine=engine, channels={"email": rec})
    assert len(rec.sent) == 1 and "starts in 58 minutes" in rec.sent[0].body
