#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int r, c;
    cin >> r >> c;
    string grid, row;
    for (int i = 0; i < r; i++) { cin >> row; grid += row; }
    int start = grid.find('S'), end = grid.find('E');
    vector<int> dist(r * c, -1);
    deque<int> q{start};
    dist[start] = 0;
    while (!q.empty()) {
        int v = q.front(); q.pop_front();
        if (v == end) break;
        int y = v / c, x = v % c;
        int next[4] = {v - c, v + c, v - 1, v + 1};
        bool inside[4] = {y > 0, y < r - 1, x > 0, x < c - 1};
        for (int k = 0; k < 4; k++) {
            int w = next[k];
            if (inside[k] && dist[w] < 0 && grid[w] != '#') { dist[w] = dist[v] + 1; q.push_back(w); }
        }
    }
    cout << dist[end] << '\n';
}
