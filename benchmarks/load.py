"""Many candidates on one server: verdict latency, errors, server RSS and CPU under load.

    .venv/bin/python benchmarks/load.py [--candidates 10,50,100] [--duration 60] [--pool N]

For each N, starts one ``interview serve`` (fresh store, ``--no-preheat``, one
token per candidate in ``INTERVIEW_TOKENS_FILE``) and runs N simulated
candidates, each a real HTTP client of the REST API (its own user): it loads
two-sum (``GET /problems/two-sum``), starts a session, and then every 10-20 s
(first one after a random 0-10 s, so they do not all start together) sends code
with a realistic mix: 55 % accepted, 25 % wrong answer, 12 % a slow O(n^2)
solution, 3 % an infinite loop, and 5 % invalid custom input (answered 400
without grading); 30 % of the gradings are submissions (every test, recorded),
the rest runs (visible tests, plus a custom case half the time).

Measured: the verdict latency of every grading request (send to answer),
p50/p95/p99 over the whole run; errors (5xx, timeouts, refused connections,
unexpected statuses) with 429/503 (busy) counted apart; the server's resident
memory (the whole process tree: Voila, the API, the grading kernels and their
sandboxes) and CPU, sampled every second; and whether every submission answered
201 is in the store (``code_submissions`` rows per candidate). The baseline, in
the same run and on the same server before the load, is one candidate sending
eight accepted runs back to back (within the per-user burst of the rate limit):
the ratio printed is loaded p95 over that baseline p95.

Target (issue 20): 100 concurrent candidates with p95 <= 1 s, no errors,
nothing lost in the store. About 6-7 % of the gradings of this mix cannot answer
within 1 s whatever the server does: every infinite loop (3 %) and every slow
submission (12 % of the 30 % submitted) runs until its time limit. So the table
gives the p95 over all gradings and, for the target, the p95 of the programs that
finish quickly (accepted and wrong answers: 80 % of the gradings), plus the p95 of
the time a run waited for a kernel (``queued_ms`` in the API's reply).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]

ACCEPTED = (
    "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
    "        if target - x in seen:\n            return [seen[target - x], i]\n"
    "        seen[x] = i\n"
)
WRONG = "def two_sum(nums, target):\n    return [0, 1]\n"
SLOW = (
    "def two_sum(nums, target):\n    for i in range(len(nums)):\n"
    "        for j in range(i + 1, len(nums)):\n"
    "            if nums[i] + nums[j] == target:\n                return [i, j]\n"
)
LOOP = "def two_sum(nums, target):\n    while True:\n        pass\n"
MIX = [("accepted", ACCEPTED, 55), ("wrong", WRONG, 25), ("slow", SLOW, 12), ("loop", LOOP, 3)]
BAD_INPUT_SHARE = 0.05


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    busy: int = 0
    rejected_inputs: int = 0
    submitted: dict[str, int] = field(default_factory=dict)
    verdicts: dict[str, int] = field(default_factory=dict)


class Server:
    """One ``interview serve`` with a token per candidate; its process tree is sampled."""

    def __init__(self, tmp: Path, candidates: int, pool: int | None) -> None:
        self.port = free_port()
        self.db = tmp / "interview.db"
        self.tokens = {
            f"tok-{i:03d}-{os.urandom(6).hex()}": f"cand{i:03d}" for i in range(candidates)
        }
        self.tokens_by_user = {u: t for t, u in self.tokens.items()}
        self.admin = "tok-admin-" + os.urandom(8).hex()
        (tmp / "tokens.json").write_text(json.dumps({**self.tokens}))
        env = {
            **os.environ,
            "INTERVIEW_DB_URL": f"sqlite:///{self.db}",
            "INTERVIEW_TOKEN": self.admin,
            "INTERVIEW_TOKENS_FILE": str(tmp / "tokens.json"),
            "INTERVIEW_USER": "baseline",
        }
        if pool:
            env["INTERVIEW_GRADING_POOL"] = str(pool)
        env.pop("JUPYTERHUB_USER", None)
        exe = Path(sys.executable).with_name("interview")
        self.log = open(tmp / "serve.log", "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [str(exe), "serve", "--port", str(self.port), "--no-preheat"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self.base = f"http://127.0.0.1:{self.port}/interview/api"
        self.samples: list[tuple[float, float, float]] = []  # (t, rss MB, cpu s)
        self._stop = threading.Event()

    def wait_ready(self, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("interview serve exited; see serve.log")
            try:
                r = httpx.get(
                    self.base + "/grading",
                    headers={"Authorization": f"token {self.admin}"},
                    timeout=5,
                )
                if r.status_code == 200 and r.json()["ready"]:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise RuntimeError("interview serve did not get ready")

    def _tree(self) -> list[psutil.Process]:
        try:
            root = psutil.Process(self.proc.pid)
            return [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def sample(self) -> tuple[float, float]:
        """(RSS of the whole tree in MB, CPU seconds used so far by it)."""
        rss = cpu = 0.0
        for p in self._tree():
            try:
                rss += p.memory_info().rss
                t = p.cpu_times()
                cpu += t.user + t.system + t.children_user + t.children_system
            except psutil.Error:
                continue
        return rss / 2**20, cpu

    def start_sampling(self) -> None:
        def loop() -> None:
            while not self._stop.wait(1.0):
                rss, cpu = self.sample()
                self.samples.append((time.monotonic(), rss, cpu))

        self._stop.clear()
        self.samples = []
        threading.Thread(target=loop, daemon=True).start()

    def stop_sampling(self) -> None:
        self._stop.set()

    def stored_submissions(self) -> dict[str, int]:
        con = sqlite3.connect(self.db)
        try:
            rows = con.execute(
                "SELECT user_id, COUNT(*) FROM code_submissions GROUP BY user_id"
            ).fetchall()
        finally:
            con.close()
        return {u: n for u, n in rows}

    def stop(self) -> None:
        self.stop_sampling()
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(5)
        self.log.close()


async def grade_once(
    client: httpx.AsyncClient, sid: int, tally: Tally, user: str, rng: random.Random
) -> None:
    if rng.random() < BAD_INPUT_SHARE:
        r = await client.post(
            f"/sessions/{sid}/runs",
            json={"code": ACCEPTED, "language": "python", "inputs": "[1,2"},
        )
        if r.status_code == 400:
            tally.rejected_inputs += 1
        else:
            tally.errors.append(f"bad input answered {r.status_code}")
        return
    kind, code, _ = rng.choices(MIX, weights=[w for *_, w in MIX])[0]
    submit = rng.random() < 0.3
    body: dict[str, object] = {"code": code, "language": "python"}
    if not submit and rng.random() < 0.5:
        body["inputs"] = "[1,5,9]\n14"
    path = f"/sessions/{sid}/" + ("submissions" if submit else "runs")
    started = time.monotonic()
    try:
        r = await client.post(path, json=body)
    except httpx.HTTPError as exc:
        tally.errors.append(f"{type(exc).__name__} on {kind}")
        return
    took = time.monotonic() - started
    if r.status_code in (429, 503):
        tally.busy += 1
        return
    if r.status_code != (201 if submit else 200):
        tally.errors.append(f"{r.status_code} on {kind}: {r.text[:120]}")
        return
    reply = r.json()
    verdict = reply["verdict"]
    tally.verdicts[verdict] = tally.verdicts.get(verdict, 0) + 1
    tally.latencies.append(took)
    tally.waits.append(reply.get("queued_ms", 0) / 1000)
    tally.by_kind.setdefault(kind, []).append(took)
    if submit:
        tally.submitted[user] = tally.submitted.get(user, 0) + 1


async def candidate(server: Server, user: str, until: float, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    headers = {"Authorization": f"token {server.tokens_by_user[user]}"}
    async with httpx.AsyncClient(base_url=server.base, headers=headers, timeout=120) as client:
        await asyncio.sleep(rng.uniform(0, 10))
        try:
            r = await client.get("/problems/two-sum")
            r.raise_for_status()
            r = await client.post("/sessions", json={"problem": "two-sum", "mode": "coding"})
            r.raise_for_status()
            sid = r.json()["id"]
        except httpx.HTTPError as exc:
            tally.errors.append(f"setup: {exc}")
            return
        while time.monotonic() < until:
            await grade_once(client, sid, tally, user, rng)
            await asyncio.sleep(rng.uniform(10, 20))


async def baseline(server: Server, runs: int = 8) -> list[float]:
    headers = {"Authorization": f"token {server.admin}"}
    async with httpx.AsyncClient(base_url=server.base, headers=headers, timeout=120) as client:
        sid = (await client.post("/sessions", json={"problem": "two-sum"})).json()["id"]
        out = []
        for _ in range(runs):
            started = time.monotonic()
            r = await client.post(
                f"/sessions/{sid}/runs", json={"code": ACCEPTED, "language": "python"}
            )
            if r.status_code == 200:
                out.append(time.monotonic() - started)
        return out


async def load(server: Server, n: int, duration: float) -> Tally:
    tally = Tally()
    until = time.monotonic() + duration
    await asyncio.gather(
        *(candidate(server, f"cand{i:03d}", until, tally, seed=i) for i in range(n))
    )
    return tally


def open_pages(server: Server, k: int) -> tuple[float, float]:
    """Render the app ``k`` times (each render keeps a Voila kernel); (MB per page, seconds)."""
    if k <= 0:
        return float("nan"), 0.0
    before, _ = server.sample()
    app = server.base.replace("/interview/api", "/voila/render/interview.ipynb")
    started = time.monotonic()
    for _ in range(k):
        r = httpx.get(app, params={"problem": "two-sum", "token": server.admin}, timeout=300)
        r.raise_for_status()
    took = time.monotonic() - started
    time.sleep(5)
    after, _ = server.sample()
    return (after - before) / k, took


def run_case(n: int, duration: float, pool: int | None, pages: int = 0) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="interview-load-") as tmp:
        server = Server(Path(tmp), n, pool)
        try:
            server.wait_ready()
            base = asyncio.run(baseline(server))
            idle_rss, _ = server.sample()
            server.start_sampling()
            cpu0, t0 = server.sample()[1], time.monotonic()
            tally = asyncio.run(load(server, n, duration))
            cpu1, t1 = server.sample()[1], time.monotonic()
            server.stop_sampling()
            stored = server.stored_submissions()
            per_page_mb, pages_s = open_pages(server, pages)
            grading = httpx.get(
                server.base + "/grading", headers={"Authorization": f"token {server.admin}"}
            ).json()
        finally:
            server.stop()
    lost = sum(max(0, k - stored.get(u, 0)) for u, k in tally.submitted.items())
    peak = max((rss for _, rss, _ in server.samples), default=idle_rss)
    lat = tally.latencies
    return {
        "n": n,
        "duration_s": duration,
        "requests": len(lat),
        "p50_ms": percentile(lat, 50) * 1000,
        "p95_ms": percentile(lat, 95) * 1000,
        "p99_ms": percentile(lat, 99) * 1000,
        "p95_accepted_ms": percentile(tally.by_kind.get("accepted", []), 95) * 1000,
        "p95_quick_ms": percentile(
            tally.by_kind.get("accepted", []) + tally.by_kind.get("wrong", []), 95
        )
        * 1000,
        "p95_wait_ms": percentile(tally.waits, 95) * 1000,
        "baseline_p50_ms": percentile(base, 50) * 1000,
        "baseline_p95_ms": percentile(base, 95) * 1000,
        "errors": len(tally.errors),
        "error_samples": tally.errors[:5],
        "busy": tally.busy,
        "rejected_inputs": tally.rejected_inputs,
        "submitted": sum(tally.submitted.values()),
        "lost": lost,
        "verdicts": tally.verdicts,
        "rss_idle_mb": idle_rss,
        "rss_peak_mb": peak,
        "cpu_pct": 100 * (cpu1 - cpu0) / max(t1 - t0, 1e-9),
        "pool_size": grading["pool_size"],
        "pages": pages,
        "rss_per_page_mb": per_page_mb,
        "pages_s": pages_s,
        "load_avg_1m": os.getloadavg()[0],
    }


def table(rows: list[dict[str, object]]) -> str:
    head = (
        "| N | gradings | p50 ms | p95 ms | p99 ms | p95 AC+WA ms | p95 queue wait ms "
        "| baseline p95 ms | p95 AC+WA ratio "
        "| errors | busy | submitted/lost | RSS idle/peak MB | server CPU % | pool | load avg |"
    )
    lines = [head, "|" + "---|" * 16]
    for r in rows:
        base = r["baseline_p95_ms"]
        ratio = r["p95_quick_ms"] / base if base else float("nan")  # type: ignore[operator]
        lines.append(
            f"| {r['n']} | {r['requests']} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} | "
            f"{r['p99_ms']:.0f} | {r['p95_quick_ms']:.0f} | {r['p95_wait_ms']:.0f} | "
            f"{r['baseline_p95_ms']:.0f} | "
            f"{ratio:.1f}x | {r['errors']} | {r['busy']} | {r['submitted']}/{r['lost']} | "
            f"{r['rss_idle_mb']:.0f}/{r['rss_peak_mb']:.0f} | {r['cpu_pct']:.0f} | "
            f"{r['pool_size']} | {r['load_avg_1m']:.1f} |"
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--candidates", default="10", help="comma-separated N values (default 10)")
    ap.add_argument("--duration", type=float, default=60, help="seconds of load per N")
    ap.add_argument("--pool", type=int, default=None, help="grading kernels (default: cores + 1)")
    ap.add_argument(
        "--pages", type=int, default=0, help="then render the app K times: resident MB per page"
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the rows here")
    args = ap.parse_args()
    rows = []
    for n in (int(x) for x in args.candidates.split(",") if x.strip()):
        print(f"N={n}: {args.duration:.0f} s of load ...", flush=True)
        row = run_case(n, args.duration, args.pool, args.pages)
        print(json.dumps(row), flush=True)
        rows.append(row)
    print(table(rows))
    for r in rows:
        if r["pages"]:
            print(
                f"N={r['n']}: {r['pages']} app pages rendered in {r['pages_s']:.1f} s, "
                f"{r['rss_per_page_mb']:.0f} MB resident per page (issue 20 measured 207 MB "
                "per page before the shared service; target <= 100 MB)"
            )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    ok = all(r["errors"] == 0 and r["lost"] == 0 for r in rows)
    for key, what in (("p95_ms", "every grading"), ("p95_quick_ms", "accepted and wrong")):
        met = {r["n"]: r[key] <= 1000 and r["errors"] == 0 and not r["lost"] for r in rows}  # type: ignore[operator]
        print(f"target (p95 <= 1000 ms, no errors, nothing lost) over {what}:", met)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
