# expect: AC
# An "interactive" reader that waits for more input after answering: stdin is closed, so it ends.
import sys

a, b = map(int, sys.stdin.readline().split())
print(a + b, flush=True)
for _line in sys.stdin:
    pass
