# expect: RE
import threading
import time


def add(a, b):
    threads = []
    while True:
        t = threading.Thread(target=time.sleep, args=(1000,), daemon=True)
        t.start()
        threads.append(t)
