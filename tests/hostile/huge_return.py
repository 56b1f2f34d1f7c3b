# expect: OLE
def add(a, b):
    return "x" * (40 * 1024 * 1024)
