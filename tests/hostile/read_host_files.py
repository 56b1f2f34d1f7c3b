# expect: AC
# Returns the right answer only if none of the host's secrets are visible.
import glob
import os


def add(a, b):
    seen = []
    for pattern in (
        "/etc/shadow",
        "/etc/passwd",
        "/root/*",
        "/home/*",
        "/work/*",
        "/opt/interview/ikrt/../../*",
        "/tmp/ik-*",
        "/proc/*/environ",
        "**/problems/*/tests.yaml",
        "/**/interview.db",
        "/var/*",
    ):
        for path in glob.glob(pattern, recursive=pattern.startswith("**")):
            if os.path.exists(path) and not path.startswith("/proc/self"):
                try:
                    with open(path, "rb") as f:
                        f.read(1)
                    seen.append(path)
                except OSError:
                    pass
    if seen:
        raise RuntimeError(f"host files visible: {seen[:5]}")
    return a + b
