"""``interview serve``'s preheated pool: its size and how soon a taken kernel is replaced."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from widgets import serve


def _argv(**kwargs: int) -> list[str]:
    return serve.voila_argv(Path("/srv"), "127.0.0.1", 5100, None, True, 10, **kwargs)


def test_the_app_has_a_pool_refilled_soon() -> None:
    argv = _argv()
    assert f"--pool_size={serve.DEFAULT_POOL}" in argv and serve.DEFAULT_POOL > 1
    # Voila queues a refill with its delay at once: every page beyond the pool in a burst
    # waits for it, so it stays a couple of seconds (it was 10).
    delay = next(a for a in argv if a.startswith("--VoilaKernelManager.fill_delay="))
    assert float(delay.split("=", 1)[1]) <= 2.0
    assert "--pool_size=5" in _argv(pool=5)


def test_pool_size_from_the_flag_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = argparse.ArgumentParser()
    serve.register(parser.add_subparsers(dest="command"))
    monkeypatch.delenv(serve.POOL_ENV, raising=False)
    assert serve._pool(parser.parse_args(["serve"])) == serve.DEFAULT_POOL
    monkeypatch.setenv(serve.POOL_ENV, "6")
    assert serve._pool(parser.parse_args(["serve"])) == 6
    assert serve._pool(parser.parse_args(["serve", "--pool", "0"])) == 0
    monkeypatch.setenv(serve.POOL_ENV, "many")
    assert serve._pool(parser.parse_args(["serve"])) == serve.DEFAULT_POOL
