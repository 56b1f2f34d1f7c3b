# expect: TLE
def add(a, b):
    while True:
        pass
