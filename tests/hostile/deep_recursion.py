# expect: RE
def add(a, b):
    def down(n):
        return down(n + 1) + 1

    return down(0)
