#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    set<pair<long long, long long>> blocked;
    for (int i = 0; i < n; i++) {
        long long a, b;
        cin >> a >> b;
        blocked.insert({a, b});
    }
    string commands;
    cin >> commands;
    const int dx[4] = {0, 1, 0, -1}, dy[4] = {1, 0, -1, 0};
    long long x = 0, y = 0, stuck = 0;
    int heading = 0;
    for (char c : commands) {
        if (c == 'R') heading = (heading + 1) % 4;
        else if (c == 'L') heading = (heading + 3) % 4;
        else if (blocked.count({x + dx[heading], y + dy[heading]})) stuck++;
        else { x += dx[heading]; y += dy[heading]; }
    }
    cout << x << ' ' << y << ' ' << "NESW"[heading] << '\n' << "blocked " << stuck << '\n';
}
