# expect: AC
# The sandbox has its own network namespace: nothing of the host listens here.
import socket


def add(a, b):
    for port in (22, 5100, 5432, 8866, 8888):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            continue
        raise RuntimeError(f"reached the host on port {port}")
    return a + b
