// expect: AC
// Reads numbers until EOF and then once more: the extra read fails at once, no waiting.
#include <iostream>
int main() {
    long long x, s = 0;
    while (std::cin >> x) s += x;
    std::cin >> x;
    std::cout << s << "\n";
}
