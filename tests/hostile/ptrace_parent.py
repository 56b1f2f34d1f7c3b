# expect: AC
# The supervisor and the kernel are out of reach: no /proc entry to read or write.
import os


def add(a, b):
    for pid in os.listdir("/proc"):
        if pid.isdigit() and int(pid) != os.getpid():
            for name in ("mem", "environ", "fd"):
                try:
                    if name == "fd":
                        os.listdir(f"/proc/{pid}/fd")
                    else:
                        with open(f"/proc/{pid}/{name}", "rb") as f:
                            f.read(1)
                    raise RuntimeError(f"read /proc/{pid}/{name}")
                except OSError:
                    pass
    return a + b
