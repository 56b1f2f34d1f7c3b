"""The Dockerfile and compose.yaml, checked without a Docker engine (none on this machine).

What can be checked statically: every file the Dockerfile copies exists and is not
excluded from the build context, the commands it runs exist in the project (the npm
build script, the pip extras, the ``interview`` subcommands and their flags), the
packages the sandbox and the graded languages need are installed, and the compose
file parses, serves port 5100 with the ``memory/`` and ``data/`` volumes, relaxes only
what bubblewrap needs and offers PostgreSQL as a profile.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
from pathlib import Path

import pytest
import yaml

from interview_kernel import settings
from interview_kernel.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def instructions(path: Path = ROOT / "Dockerfile") -> list[tuple[str, str]]:
    """``(INSTRUCTION, arguments)`` pairs, continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        word, _, rest = full.partition(" ")
        out.append((word.upper(), rest.strip()))
    assert not pending, "the Dockerfile ends inside a continued line"
    return out


def dockerignore() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    return [ln.strip().rstrip("/") for ln in lines if ln.strip() and not ln.startswith("#")]


def ignored(rel: str, patterns: list[str]) -> bool:
    parts = Path(rel).parts
    for pattern in patterns:
        bare = pattern.removeprefix("**/")
        for i in range(len(parts)):
            if fnmatch.fnmatch("/".join(parts[: i + 1]), pattern) or fnmatch.fnmatch(
                parts[i], bare
            ):
                return True
    return False


def run_commands() -> list[str]:
    return [rest for word, rest in instructions() if word == "RUN"]


def exec_form(word: str) -> list[str]:
    [rest] = [rest for w, rest in instructions() if w == word]
    value = json.loads(rest)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value)
    return value


def test_the_dockerfile_has_one_base_and_known_instructions():
    known = {"FROM", "RUN", "ENV", "WORKDIR", "COPY", "VOLUME", "EXPOSE", "HEALTHCHECK"}
    known |= {"ENTRYPOINT", "CMD", "ARG", "LABEL", "USER"}
    words = [w for w, _ in instructions()]
    assert words[0] == "FROM" and words.count("FROM") == 1
    assert set(words) <= known, set(words) - known


def test_every_copied_path_exists_and_is_in_the_build_context():
    patterns = dockerignore()
    copies = [rest for word, rest in instructions() if word == "COPY"]
    assert copies
    for rest in copies:
        args = [a for a in shlex.split(rest) if not a.startswith("--")]
        *sources, _dest = args
        for source in sources:
            assert (ROOT / source).exists(), f"COPY {source}: not in the project"
            assert not ignored(source, patterns), f"COPY {source}: excluded by .dockerignore"


def test_the_sandbox_and_every_language_toolchain_are_installed():
    apt = " ".join(c for c in run_commands() if "apt-get install" in c).split()
    for package in ("bubblewrap", "util-linux", "g++", "default-jdk-headless", "nodejs", "npm"):
        assert package in apt, package


def test_the_commands_it_runs_exist_in_the_project():
    runs = " && ".join(run_commands())
    js = json.loads((ROOT / "widgets/js/package.json").read_text())
    assert "npm ci --prefix widgets/js" in runs
    assert (ROOT / "widgets/js/package-lock.json").is_file()
    assert "npm run build --prefix widgets/js" in runs and "build" in js["scripts"]
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    [extras] = re.findall(r"pip install -e '\.\[([a-z,]+)\]'", runs)
    for extra in extras.split(","):
        assert extra in pyproject["project"]["optional-dependencies"], extra
    assert "interview" in pyproject["project"]["scripts"]
    for command in re.findall(r"\binterview ([a-z][^&|>]*)", runs):
        build_parser().parse_args(shlex.split(command))  # exits on an unknown flag


def test_the_image_serves_the_app_on_5100_with_the_two_volumes():
    cmd = exec_form("CMD")
    assert cmd[:2] == ["interview", "serve"]
    args = build_parser().parse_args(cmd[1:])
    assert (args.host, args.port) == ("0.0.0.0", 5100)
    assert exec_form("ENTRYPOINT")[0] == "tini"  # reaps the sandboxes' orphans as pid 1
    assert [rest for w, rest in instructions() if w == "EXPOSE"] == ["5100"]
    [volumes] = [json.loads(rest) for w, rest in instructions() if w == "VOLUME"]
    assert volumes == ["/app/memory", "/app/data"]


def test_its_environment_names_only_known_settings():
    known = {s.name for s in settings.SETTINGS}
    for word, rest in instructions():
        if word == "ENV":
            for name in re.findall(r"(\w+)=", rest):
                assert not name.startswith("INTERVIEW_") or name in known, name


def test_the_healthcheck_is_valid_python():
    [check] = [rest for w, rest in instructions() if w == "HEALTHCHECK"]
    code = shlex.split(check.split(" CMD ", 1)[1])
    assert code[:2] == ["python", "-c"]
    compile(code[2], "healthcheck", "exec")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_serves_port_5100_with_memory_and_data(compose):
    app = compose["services"]["app"]
    assert app["build"] == "." and (ROOT / "Dockerfile").is_file()
    assert app["ports"] == ["5100:5100"]
    assert set(app["volumes"]) == {"./memory:/app/memory", "./data:/app/data"}
    assert "INTERVIEW_TOKEN:?" in app["environment"]["INTERVIEW_TOKEN"]  # required, not baked in
    known = {s.name for s in settings.SETTINGS}
    assert set(app["environment"]) <= known


def test_compose_relaxes_only_what_bubblewrap_needs(compose):
    app = compose["services"]["app"]
    assert set(app["security_opt"]) == {
        "seccomp=unconfined",
        "apparmor=unconfined",
        "systempaths=unconfined",
    }
    assert not app.get("privileged") and not app.get("cap_add")


def test_compose_offers_postgresql_as_a_profile(compose):
    db = compose["services"]["db"]
    assert db["profiles"] == ["postgres"]
    assert compose["services"]["app"]["depends_on"]["db"]["required"] is False
    env = db["environment"]
    text = (ROOT / "compose.yaml").read_text()
    [url] = re.findall(r"INTERVIEW_DB_URL=(postgresql\+psycopg://\S+)", text)
    assert url.startswith(f"postgresql+psycopg://{env['POSTGRES_USER']}:")
    assert url.endswith(f"@db:5432/{env['POSTGRES_DB']}")
    assert "pgdata" in compose["volumes"]


def test_the_narrower_seccomp_profile_keeps_what_bwrap_calls():
    profile = json.loads((ROOT / "deploy/seccomp/interview-bwrap.json").read_text())
    assert profile["defaultAction"] == "SCMP_ACT_ALLOW"
    denied = {n for rule in profile["syscalls"] for n in rule["names"]}
    assert all(r["action"] == "SCMP_ACT_ERRNO" for r in profile["syscalls"])
    needed = {"unshare", "clone", "clone3", "mount", "umount2", "pivot_root", "setns", "prctl"}
    needed |= {"setresuid", "setresgid", "setgroups", "execve", "wait4", "kill", "setrlimit"}
    assert not needed & denied
    assert {"bpf", "kexec_load", "init_module", "keyctl", "userfaultfd", "ptrace"} <= denied
