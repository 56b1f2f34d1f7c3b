# expect: RE
import os


def add(a, b):
    fds = []
    while True:
        fds.append(os.open("/dev/null", os.O_RDONLY))
