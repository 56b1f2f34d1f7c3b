# expect: WA
import os


def add(a, b):
    for fd in range(3, 64):
        try:
            os.write(fd, b'{"kind": "ok", "value": 424242}\n{"done": true}\n')
        except OSError:
            pass
    return None
