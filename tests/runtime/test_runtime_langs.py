"""The language runtime contract: ``langs.Runtime`` defaults, checked at registration."""

import re
from typing import NoReturn

import pytest

from interview_kernel._runtime import langs
from interview_kernel._runtime.langs import Built, Runtime, RuntimeRegistrationError
from interview_kernel._runtime.protocol import Entry, RunLimits


@pytest.fixture(autouse=True)
def empty_registry(monkeypatch):
    monkeypatch.setattr(langs, "_RUNTIMES", {})


class Good(Runtime):
    name = "good"

    def build(self, source: str, workdir: str, limits: RunLimits, entry: Entry) -> Built:
        return Built(True)

    def serve(self, built: Built, entry: Entry, in_fd: int, out_fd: int) -> NoReturn:
        raise SystemExit(0)


def test_a_runtime_gets_the_documented_defaults():
    langs.register(Good())
    runtime = langs.get("good")
    assert runtime is not None
    assert runtime.startup_seconds == 0.0
    assert runtime.own_threads == 0
    assert runtime.address_space_limit is True
    assert runtime.oom_markers == ()
    assert langs.names() == ["good"]


def test_the_built_in_runtimes_keep_the_contract(monkeypatch):
    from interview_kernel._runtime.langs import cpp, java, javascript, python

    for module in (cpp, java, javascript, python):
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Runtime) and obj is not Runtime:
                langs.register(obj())
    assert langs.names() == ["cpp", "java", "javascript", "python"]
    java_rt = langs.get("java")
    assert java_rt is not None and not java_rt.address_space_limit and java_rt.own_threads > 0
    assert all(langs.get(n).oom_markers for n in langs.names())  # type: ignore[union-attr]


def test_a_runtime_must_subclass_runtime():
    class Duck:
        name = "duck"

        def build(self, source, workdir, limits, entry):
            return Built(True)

        def serve(self, built, entry, in_fd, out_fd):
            raise SystemExit(0)

    with pytest.raises(RuntimeRegistrationError, match="not a subclass of langs.Runtime"):
        langs.register(Duck())  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["", "Python", "c++", None])
def test_a_runtime_needs_a_lowercase_name(name):
    bad = type("Bad", (Good,), {"name": name})
    with pytest.raises(RuntimeRegistrationError, match="name"):
        langs.register(bad())


def test_a_runtime_must_implement_build_and_serve():
    class NoServe(Runtime):
        name = "noserve"

        def build(self, source: str, workdir: str, limits: RunLimits, entry: Entry) -> Built:
            return Built(True)

    with pytest.raises(RuntimeRegistrationError, match=r"serve\(\) is missing"):
        langs.register(NoServe())


def test_a_method_must_take_the_contract_parameters():
    class Renamed(Good):
        name = "renamed"

        def build(self, code: str, workdir: str, limits: RunLimits, entry: Entry) -> Built:  # type: ignore[override]
            return Built(True)

    with pytest.raises(RuntimeRegistrationError, match=r"build\(\) takes \(self, code"):
        langs.register(Renamed())


@pytest.mark.parametrize(
    ("attr", "value"),
    [
        ("startup_seconds", -1.0),
        ("startup_seconds", 60),
        ("startup_seconds", "1.5"),
        ("own_threads", 1.5),
        ("own_threads", True),
        ("address_space_limit", 0),
        ("oom_markers", "MemoryError"),
        ("oom_markers", ("",)),
    ],
)
def test_a_mistyped_attribute_raises_at_registration(attr, value):
    bad = type("Bad", (Good,), {attr: value})
    with pytest.raises(RuntimeRegistrationError, match=re.escape(f"{attr} is {value!r}")) as info:
        langs.register(bad())
    assert info.value.attribute == attr and info.value.runtime == "good"


def test_a_misspelt_attribute_raises_and_suggests_the_right_one():
    bad = type("Bad", (Good,), {"startup_second": 1.5})
    with pytest.raises(RuntimeRegistrationError, match="did you mean 'startup_seconds'"):
        langs.register(bad())


def test_a_taken_name_raises():
    langs.register(Good())
    other = type("Other", (Good,), {})
    with pytest.raises(RuntimeRegistrationError, match="taken by Good"):
        langs.register(other())
    langs.register(Good())  # the same runtime again replaces itself
