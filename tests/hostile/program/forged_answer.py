# expect: RE
# Writes a forged "ok" answer on the result channel, then fails: the exit status decides.
import os

os.write(4, b'{"kind": "ok", "value": "3\\n"}\n')
raise SystemExit(1)
