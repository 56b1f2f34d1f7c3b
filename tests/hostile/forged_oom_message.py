# expect: RE SIGSEGV
import os
import signal
import sys


def add(a, b):
    # Other runtimes' out-of-memory words, then a crash: a crash (RE), never MLE.
    sys.stderr.write("terminate called after throwing an instance of 'std::bad_alloc'\n")
    sys.stderr.write("java.lang.OutOfMemoryError\nFATAL ERROR: JavaScript heap out of memory\n")
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGSEGV)
