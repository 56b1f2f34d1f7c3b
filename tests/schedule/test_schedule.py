"""Schedule arithmetic (DST), programs, lifecycle, ICS export and the schedule command.

All clocks are injected (``now=``/``--now``): nothing sleeps.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, time, timedelta, timezone

import icalendar
import pytest
from sqlalchemy import select

from interview_kernel.cli import schedule as cli_schedule
from interview_kernel.practice import sessions
from interview_kernel.schedule import (
    ScheduleError,
    cancel_interview,
    cancel_program,
    create_program,
    get_interview,
    lifecycle,
    list_interviews,
    next_interview,
    occurrences,
    reschedule_interview,
    rules,
)
from interview_kernel.schedule.ics import export_ics
from interview_kernel.store import (
    Preferences,
    Reminder,
    ScheduledInterview,
    create_store_engine,
    transaction,
)

UTC = timezone.utc


def _utc(*a):
    return datetime(*a, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    url = f"sqlite:///{tmp_path / 'sched.db'}"
    monkeypatch.setenv("INTERVIEW_DB_URL", url)
    eng = create_store_engine(url)
    yield eng
    eng.dispose()


# --- pure arithmetic -------------------------------------------------------------------------


def test_friday_1500_new_york_stays_1500_across_dst():
    occ = occurrences(
        "FREQ=WEEKLY;BYDAY=FR", time(15), "America/New_York", date(2026, 2, 27), count=3
    )
    assert [o.utc for o in occ] == [
        _utc(2026, 2, 27, 20),
        _utc(2026, 3, 6, 20),
        _utc(2026, 3, 13, 19),
    ]
    assert [o.iso()[-6:] for o in occ] == ["-05:00", "-05:00", "-04:00"]
    fall = occurrences(
        "FREQ=WEEKLY;BYDAY=FR", time(15), "America/New_York", date(2026, 10, 30), count=2
    )
    assert [o.utc for o in fall] == [_utc(2026, 10, 30, 19), _utc(2026, 11, 6, 20)]
    assert all(o.local.hour == 15 for o in occ + fall)


def test_friday_1500_berlin_across_dst():
    occ = occurrences("FREQ=WEEKLY;BYDAY=FR", time(15), "Europe/Berlin", date(2026, 3, 27), count=2)
    assert [o.utc for o in occ] == [_utc(2026, 3, 27, 14), _utc(2026, 4, 3, 13)]
    fall = occurrences(
        "FREQ=WEEKLY;BYDAY=FR", time(15), "Europe/Berlin", date(2026, 10, 23), count=2
    )
    assert [o.utc for o in fall] == [_utc(2026, 10, 23, 13), _utc(2026, 10, 30, 14)]


@pytest.mark.parametrize(
    ("tz", "local", "utc", "note"),
    [
        (
            "America/New_York",
            datetime(2026, 3, 8, 2, 30),
            _utc(2026, 3, 8, 7, 30),
            "moved to 03:30",
        ),
        ("America/New_York", datetime(2026, 11, 1, 1, 30), _utc(2026, 11, 1, 5, 30), "first one"),
        ("Europe/Berlin", datetime(2026, 3, 29, 2, 30), _utc(2026, 3, 29, 1, 30), "moved to 03:30"),
        ("Europe/Berlin", datetime(2026, 10, 25, 2, 30), _utc(2026, 10, 25, 0, 30), "first one"),
        ("Europe/Berlin", datetime(2026, 7, 1, 15, 0), _utc(2026, 7, 1, 13, 0), ""),
    ],
)
def test_gap_and_fold_rule(tz, local, utc, note):
    got, why = rules.to_utc(local, rules.zone(tz))
    assert got == utc
    assert note in why if note else why == ""


def test_daily_program_through_the_gap():
    occ = occurrences("FREQ=DAILY", time(2, 30), "America/New_York", date(2026, 3, 7), count=3)
    assert [o.utc for o in occ] == [
        _utc(2026, 3, 7, 7, 30),
        _utc(2026, 3, 8, 7, 30),
        _utc(2026, 3, 9, 6, 30),
    ]
    assert occ[1].adjusted and not occ[0].adjusted


def test_weekly_biweekly_daily_counts():
    start = date(2026, 1, 5)
    assert len(rules.weekly_program(12, "friday", "15:00", "UTC", start)[1]) == 12
    assert len(rules.weekly_program(12, "friday", "15:00", "UTC", start, "biweekly")[1]) == 6
    assert len(rules.weekly_program(2, "fri", "15:00", "UTC", start, "daily")[1]) == 14
    assert rules.build_rrule("biweekly", 4) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"


def test_bad_inputs():
    with pytest.raises(ScheduleError, match="unknown time zone"):
        rules.zone("Mars/Olympus")
    with pytest.raises(ScheduleError, match="impossible time"):
        rules.parse_time("25:00")
    with pytest.raises(ScheduleError, match="impossible time"):
        rules.parse_time("3pm")
    with pytest.raises(ScheduleError, match="unknown day"):
        rules.parse_day("funday")
    with pytest.raises(ScheduleError, match="invalid e-mail"):
        rules.check_email("not-an-address")
    with pytest.raises(ScheduleError, match="invalid RRULE"):
        occurrences("FREQ=SOMETIMES", time(15), "UTC", date(2026, 1, 1))
    with pytest.raises(ScheduleError, match="bad reminder offset"):
        rules.parse_offsets("24h,soon")
    assert rules.parse_offsets("5m,24h,1h") == (1440, 60, 5)
    assert rules.parse_offsets("2d") == (2880,)


def test_uids_are_stable():
    a = rules.interview_uid("ann", "program-1", datetime(2026, 3, 6, 15))
    assert a == rules.interview_uid("ann", "program-1", datetime(2026, 3, 6, 15))
    assert a != rules.interview_uid("ann", "program-2", datetime(2026, 3, 6, 15))


# --- programs in the store --------------------------------------------------------------------

NOW = _utc(2026, 2, 25, 12)  # a Wednesday


def _program(engine, **kw):
    args = dict(
        user_id="ann",
        weeks=12,
        day="friday",
        at="15:00",
        tz="America/New_York",
        mode="coding",
        difficulty="medium",
        email="ann@example.com",
        engine=engine,
        now=NOW,
    )
    args.update(kw)
    return create_program(**args)


def test_program_creates_interviews_reminders_and_preferences(engine):
    s = _program(engine)
    assert len(s.interviews) == 12 and s.reminders == 12 * 3 * 2
    assert s.interviews[0]["scheduled_time"] == "2026-02-27T15:00:00-05:00"
    assert s.interviews[2]["scheduled_time"] == "2026-03-13T15:00:00-04:00"
    with transaction(engine) as db:
        pref = db.get(Preferences, "ann")
        assert (pref.preferred_day, pref.preferred_time, pref.timezone, pref.frequency) == (
            "friday",
            "15:00",
            "America/New_York",
            "weekly",
        )
        assert pref.email == "ann@example.com" and pref.notifications_enabled
        rems = db.scalars(
            select(Reminder).where(
                Reminder.interview_id == s.interviews[2]["id"], Reminder.channel == "email"
            )
        ).all()
        assert sorted((r.offset_minutes, r.reminder_time) for r in rems) == [
            (5, _utc(2026, 3, 13, 18, 55)),
            (60, _utc(2026, 3, 13, 18)),
            (1440, _utc(2026, 3, 12, 19)),
        ]


def test_program_with_rrule_and_without_email(engine):
    s = _program(
        engine, rrule="FREQ=WEEKLY;BYDAY=TU,TH", count=4, email=None, reminder_offsets=(60,)
    )
    assert [i["scheduled_time"][:10] for i in s.interviews] == [
        "2026-02-26",
        "2026-03-03",
        "2026-03-05",
        "2026-03-10",
    ]
    assert s.reminders == 4


def test_program_bad_input(engine):
    with pytest.raises(ScheduleError, match="in the past"):
        _program(engine, start=date(2026, 1, 1))
    with pytest.raises(ScheduleError, match="unknown time zone"):
        _program(engine, tz="Nowhere/City")
    with pytest.raises(ScheduleError, match="invalid e-mail"):
        _program(engine, email="ann@")
    with pytest.raises(ScheduleError, match="impossible time"):
        _program(engine, at="24:30")
    with pytest.raises(ScheduleError, match="invalid mode"):
        _program(engine, mode="karaoke")
    with transaction(engine) as db:
        assert db.scalars(select(ScheduledInterview)).all() == []


def test_past_slot_today_is_skipped(engine):
    s = _program(engine, day="wednesday", at="06:00", weeks=2)  # 06:00 EST today has passed
    assert [i["scheduled_time"][:10] for i in s.interviews] == ["2026-03-04"]


def test_lifecycle_start_complete(engine):
    s = _program(engine)
    first = s.interviews[0]
    start = _utc(2026, 2, 27, 19, 50)  # 10 minutes early: inside the window
    nxt = next_interview("ann", engine=engine, now=start)
    assert nxt["id"] == first["id"] and nxt["can_start"] and nxt["seconds_until"] == 600
    practice = sessions.create_session(user="ann", mode="coding", engine=engine, now=start)
    assert practice.scheduled_interview_id is None  # practising near a mock is not the mock
    assert next_interview("ann", engine=engine, now=start)["id"] == first["id"]  # still to start
    assert first["start_link"] == f"/voila/render/interview.ipynb?schedule={first['id']}"
    view = sessions.create_session(
        user="ann",
        mode="coding",
        schedule_id=first["id"],
        duration_minutes=60,
        engine=engine,
        now=start,
    )
    assert view.scheduled_interview_id == first["id"]
    assert view.duration_minutes == first["duration_minutes"]  # the mock sets its length
    resumed = sessions.resume_session(user="ann", schedule_id=first["id"], engine=engine)
    assert resumed is not None and resumed.id == view.id
    assert sessions.resume_session(user="ann", engine=engine).id == practice.id
    with transaction(engine) as db:
        iv = db.get(ScheduledInterview, first["id"])
        assert iv.status == "in_progress" and iv.session_id == view.id
        assert {
            r.status
            for r in db.scalars(
                select(Reminder).where(
                    Reminder.interview_id == iv.id, Reminder.reminder_time > start
                )
            )
        } == {"skipped"}
    sessions.end_session(
        view.id,
        user="ann",
        engine=engine,
        score=75,
        feedback="good",
        now=start + timedelta(minutes=45),
    )
    with transaction(engine) as db:
        iv = db.get(ScheduledInterview, first["id"])
        assert (iv.status, iv.score, iv.feedback) == ("completed", 75, "good")


def test_a_mock_starts_only_in_its_window_and_only_for_its_owner(engine):
    s = _program(engine)
    first = s.interviews[0]["id"]
    with pytest.raises(sessions.SessionError, match="can be started from 15 minutes before"):
        sessions.create_session(
            user="ann", schedule_id=first, engine=engine, now=_utc(2026, 2, 27, 18)
        )
    with pytest.raises(sessions.SessionError, match="no mock interview"):
        sessions.create_session(
            user="bob", schedule_id=first, engine=engine, now=_utc(2026, 2, 27, 20)
        )
    assert sessions.list_sessions(user="ann", engine=engine) == []  # a refused start leaves nothing
    sessions.create_session(user="ann", schedule_id=first, engine=engine, now=_utc(2026, 2, 27, 20))
    with pytest.raises(sessions.SessionError, match="is in progress"):
        sessions.create_session(
            user="ann", schedule_id=first, engine=engine, now=_utc(2026, 2, 27, 20)
        )
    assert get_interview(first, "bob", engine=engine) is None
    assert get_interview(first, "ann", engine=engine)["status"] == "in_progress"


def test_missed_detection(engine):
    s = _program(engine)
    with transaction(engine) as db:
        assert lifecycle.mark_missed(db, _utc(2026, 2, 27, 20, 29)) == []
    with transaction(engine) as db:
        assert lifecycle.mark_missed(db, _utc(2026, 2, 27, 20, 31)) == [s.interviews[0]["id"]]
    rows = list_interviews("ann", include_past=True, engine=engine, now=NOW)
    assert rows[0]["status"] == "missed"


def test_cancel_one_and_program(engine):
    s = _program(engine)
    iv = cancel_interview(s.interviews[1]["id"], "ann", engine=engine, now=NOW)
    assert iv["status"] == "cancelled"
    with pytest.raises(ScheduleError, match="only scheduled"):
        cancel_interview(s.interviews[1]["id"], "ann", engine=engine, now=NOW)
    with pytest.raises(ScheduleError, match="unknown interview"):
        cancel_interview(s.interviews[2]["id"], "eve", engine=engine, now=NOW)
    assert cancel_program(s.program_id, "ann", engine=engine, now=NOW) == 11
    assert list_interviews("ann", engine=engine, now=NOW) == []
    with transaction(engine) as db:
        assert {r.status for r in db.scalars(select(Reminder))} == {"cancelled"}


def test_reschedule_keeps_uid_and_moves_reminders(engine):
    s = _program(engine)
    first = s.interviews[0]
    new = datetime(2026, 2, 28, 10, 0, tzinfo=rules.zone("America/New_York"))
    iv = reschedule_interview(first["id"], "ann", new, engine=engine, now=NOW)
    assert iv["uid"] == first["uid"] and iv["scheduled_time"] == "2026-02-28T10:00:00-05:00"
    with transaction(engine) as db:
        r = db.scalars(
            select(Reminder).where(
                Reminder.interview_id == first["id"], Reminder.offset_minutes == 60
            )
        ).first()
        assert r.reminder_time == _utc(2026, 2, 28, 14) and r.status == "pending"
        assert db.get(ScheduledInterview, first["id"]).sequence == 1
    with pytest.raises(ScheduleError, match="in the past"):
        reschedule_interview(first["id"], "ann", _utc(2026, 1, 1), engine=engine, now=NOW)


def test_ics_export_alarms_and_stable_uids(engine):
    s = _program(engine, weeks=3)
    ics1 = export_ics("ann", engine=engine, now=NOW, app_url="http://host:5100")
    cal = icalendar.Calendar.from_ical(ics1)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 3
    assert {str(e["UID"]) for e in events} == {i["uid"] for i in s.interviews}
    ev = events[0]
    assert ev.decoded("DTSTART") == datetime(2026, 2, 27, 15, tzinfo=rules.zone("America/New_York"))
    assert ev["DTSTART"].params["TZID"] == "America/New_York"
    triggers = sorted(a.decoded("TRIGGER") for a in ev.walk("VALARM"))
    assert triggers == [timedelta(hours=-24), timedelta(hours=-1), timedelta(minutes=-5)]
    assert "http://host:5100/voila/render/interview.ipynb" in str(ev["DESCRIPTION"])
    assert cal.walk("VTIMEZONE")
    # re-export after a reschedule and a cancellation: same UIDs, higher SEQUENCE / CANCELLED
    new = datetime(2026, 2, 28, 10, tzinfo=rules.zone("America/New_York"))
    reschedule_interview(s.interviews[0]["id"], "ann", new, engine=engine, now=NOW)
    cancel_interview(s.interviews[1]["id"], "ann", engine=engine, now=NOW)
    cal2 = icalendar.Calendar.from_ical(export_ics("ann", engine=engine, now=NOW))
    by_uid = {str(e["UID"]): e for e in cal2.walk("VEVENT")}
    assert set(by_uid) == {i["uid"] for i in s.interviews}
    assert int(by_uid[s.interviews[0]["uid"]]["SEQUENCE"]) == 1
    assert str(by_uid[s.interviews[1]["uid"]]["STATUS"]) == "CANCELLED"
    assert not by_uid[s.interviews[1]["uid"]].walk("VALARM")


# --- the command ------------------------------------------------------------------------------


def _cli(argv):
    p = argparse.ArgumentParser()
    sub = p.add_subparsers()
    cli_schedule.register(sub)
    args = p.parse_args(argv)
    return args.func(args)


def test_schedule_command(engine, tmp_path, capsys):
    now = "--now=2026-02-25T12:00:00+00:00"
    assert (
        _cli(
            [
                "schedule",
                "--user",
                "cli",
                now,
                "program",
                "--weeks",
                "12",
                "--day",
                "friday",
                "--at",
                "15:00",
                "--tz",
                "America/New_York",
                "--mode",
                "coding",
                "--difficulty",
                "medium",
                "--company",
                "Acme SWE",
                "--email",
                "cli@example.com",
                "--json",
            ]
        )
        == 0
    )
    made = json.loads(capsys.readouterr().out)
    assert len(made["interviews"]) == 12 and made["rrule"] == "FREQ=WEEKLY;BYDAY=FR"
    assert _cli(["schedule", "--user", "cli", now, "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["scheduled_time"] == "2026-02-27T15:00:00-05:00"
    assert rows[0]["status"] == "scheduled" and rows[0]["company_role"] == "Acme SWE"
    assert _cli(["schedule", "--user", "cli", now, "cancel", str(rows[0]["id"])]) == 0
    out = tmp_path / "cal.ics"
    assert _cli(["schedule", "--user", "cli", now, "export", "--ics", str(out)]) == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(cal.walk("VEVENT")) == 12
    assert (
        _cli(["schedule", "--user", "cli", now, "cancel", "--program", str(made["program_id"])])
        == 0
    )
    assert "cancelled 11" in capsys.readouterr().out
    with pytest.raises(ScheduleError, match="unknown time zone"):
        _cli(["schedule", "--user", "cli", now, "program", "--tz", "Atlantis/Capital"])
    with pytest.raises(ScheduleError, match="not a date"):
        _cli(["schedule", "--user", "cli", now, "program", "--start", "someday"])
    with pytest.raises(ScheduleError, match="needs an offset"):
        _cli(["schedule", "--user", "cli", "--now", "2026-01-01T00:00", "list"])


def test_next_interview_defaults_to_current_user(engine, monkeypatch):
    _program(engine)
    monkeypatch.setenv("INTERVIEW_USER", "ann")
    nxt = next_interview(engine=engine, now=NOW)
    assert nxt["scheduled_time"] == "2026-02-27T15:00:00-05:00" and not nxt["can_start"]
    monkeypatch.setenv("JUPYTERHUB_USER", "someone")
    assert next_interview(engine=engine, now=NOW) is None


def test_options_after_the_action(engine, capsys):
    assert (
        _cli(
            [
                "schedule",
                "program",
                "--user",
                "late",
                "--now",
                "2026-02-25T12:00:00+00:00",
                "--weeks",
                "1",
                "--json",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        _cli(["schedule", "list", "--user", "late", "--now", "2026-02-25T12:00:00+00:00", "--json"])
        == 0
    )
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_cli_run_does_not_consume_a_scheduled_interview(engine):
    from interview_kernel import result as R

    s = _program(engine)
    graded = R.GradeResult(
        "two-sum", "python", R.Verdict.AC, [R.TestResult("t", False, R.Verdict.AC)]
    )
    sessions.record_run(
        "two-sum", "code", "python", graded, user="ann", engine=engine, now=_utc(2026, 2, 27, 20, 1)
    )
    with transaction(engine) as db:
        assert db.get(ScheduledInterview, s.interviews[0]["id"]).status == "scheduled"
