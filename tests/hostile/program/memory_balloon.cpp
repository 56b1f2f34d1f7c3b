// expect: MLE
#include <iostream>
#include <vector>
int main() {
    std::vector<std::vector<char>> hog;
    for (;;) hog.emplace_back(std::vector<char>(64 << 20, 1));
}
