#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int r, c;
    cin >> r >> c;
    string grid, row;
    for (int i = 0; i < r; i++) { cin >> row; grid += row; }
    vector<char> seen(r * c, 0);
    vector<int> stack;
    int count = 0, largest = 0;
    for (int cell = 0; cell < r * c; cell++) {
        if (grid[cell] != '#' || seen[cell]) continue;
        count++;
        int size = 0;
        seen[cell] = 1;
        stack.push_back(cell);
        while (!stack.empty()) {
            int v = stack.back(); stack.pop_back();
            size++;
            int y = v / c, x = v % c;
            int next[4] = {v - c, v + c, v - 1, v + 1};
            bool inside[4] = {y > 0, y < r - 1, x > 0, x < c - 1};
            for (int k = 0; k < 4; k++) {
                int w = next[k];
                if (inside[k] && grid[w] == '#' && !seen[w]) { seen[w] = 1; stack.push_back(w); }
            }
        }
        largest = max(largest, size);
    }
    cout << count << ' ' << largest << '\n';
}
