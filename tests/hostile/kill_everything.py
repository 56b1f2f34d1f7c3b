# expect: AC
# kill(-1) and kill(getppid()) reach only the candidate's own namespace.
import os
import signal


def add(a, b):
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(-1, sig)
        except OSError:
            pass
        try:
            os.kill(os.getppid(), sig)
        except OSError:
            pass
    return a + b
