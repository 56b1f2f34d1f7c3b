// expect: RE SIGABRT
class Solution {
public:
    int add(int a, int b) {
        // Other runtimes' out-of-memory words, then a crash: a crash (RE), never MLE.
        fputs("MemoryError\njava.lang.OutOfMemoryError\nJavaScript heap out of memory\n", stderr);
        fflush(stderr);
        abort();
    }
};
