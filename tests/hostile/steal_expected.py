# expect: WA
# Looks everywhere in its own process for the expected answers: they are not there.
import gc


def add(a, b):
    for obj in gc.get_objects():
        if isinstance(obj, dict) and "expected" in obj:
            return obj["expected"]
    try:
        with open("/proc/1/mem", "rb") as f:
            f.read(1)
    except OSError:
        pass
    return None
