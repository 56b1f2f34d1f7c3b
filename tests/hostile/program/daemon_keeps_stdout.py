# expect: AC
# Answers, then leaves a child holding stdout open: the test ends when the program does.
import os
import time

a, b = map(int, input().split())
print(a + b, flush=True)
if os.fork() == 0:
    time.sleep(60)
