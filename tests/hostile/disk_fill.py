# expect: OLE
def add(a, b):
    with open("big.bin", "wb") as f:
        while True:
            f.write(b"\0" * 65536)
            f.flush()
