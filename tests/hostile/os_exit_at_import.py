# expect: RE
import os

os._exit(0)


def add(a, b):
    return a + b
