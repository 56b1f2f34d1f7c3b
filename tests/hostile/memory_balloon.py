# expect: MLE
def add(a, b):
    hog = []
    while True:
        hog.append(bytearray(16 * 1024 * 1024))
