# expect: TLE
# Closes stdout, stderr and the result channel, then spins: the supervisor must not spin too.
import os

for fd in (1, 2, 4):
    os.close(fd)
while True:
    pass
