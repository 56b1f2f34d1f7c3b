// expect: RE SIGBUS
// A shared mapping of a file cut short after mapping: touching it is a bus error.
#include <fcntl.h>
#include <sys/mman.h>
class Solution {
public:
    int add(int a, int b) {
        int fd = open("bus", O_RDWR | O_CREAT | O_TRUNC, 0600);
        if (fd < 0 || ftruncate(fd, 4096) != 0) throw runtime_error("no file");
        void* m = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        if (m == MAP_FAILED || ftruncate(fd, 0) != 0) throw runtime_error("no mapping");
        volatile char* p = static_cast<volatile char*>(m);
        p[0] = 1;
        return a + b;
    }
};
