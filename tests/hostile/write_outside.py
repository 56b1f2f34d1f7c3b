# expect: AC
# Returns the right answer only if every write outside the work dir fails.


def add(a, b):
    wrote = []
    for path in (
        "/usr/evil",
        "/opt/interview/evil",
        "/evil",
        "/etc/evil",
        "/bin/evil",
        "/proc/evil",
        "/dev/evil",
    ):
        try:
            with open(path, "w") as f:
                f.write("x")
            wrote.append(path)
        except OSError:
            pass
    if wrote:
        raise RuntimeError(f"wrote {wrote}")
    with open("scratch.txt", "w") as f:  # the private work dir is writable
        f.write("ok")
    return a + b
