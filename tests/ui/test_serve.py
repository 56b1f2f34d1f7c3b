"""``interview serve``'s base URL, which reminder and calendar links use."""

from __future__ import annotations

import socket

from widgets import serve


def test_the_base_url_is_where_the_app_is_served() -> None:
    assert serve.app_url("127.0.0.1", 5200) == "http://localhost:5200"
    assert serve.app_url("10.1.2.3", 8080) == "http://10.1.2.3:8080"
    assert serve.app_url("0.0.0.0", 80) == f"http://{socket.getfqdn()}:80"
    assert serve.app_url("fd00::1", 5100) == "http://[fd00::1]:5100"
