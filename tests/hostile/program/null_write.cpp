// expect: RE SIGSEGV
#include <iostream>
int main() {
    int a, b;
    std::cin >> a >> b;
    volatile int* p = nullptr;
    *p = a + b;
    std::cout << a + b << "\n";
}
