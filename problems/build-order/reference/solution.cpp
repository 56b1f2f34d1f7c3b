#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<string> names(n);
    unordered_map<string, int> id;
    for (int i = 0; i < n; i++) { cin >> names[i]; id[names[i]] = i; }
    vector<vector<int>> after(n);
    vector<int> waiting(n, 0);
    for (int k = 0; k < m; k++) {
        string a, b;
        cin >> a >> b;
        after[id[a]].push_back(id[b]);
        waiting[id[b]]++;
    }
    auto later = [&](int x, int y) { return names[x] > names[y]; };
    priority_queue<int, vector<int>, decltype(later)> ready(later);
    for (int i = 0; i < n; i++) if (waiting[i] == 0) ready.push(i);
    vector<int> order;
    while (!ready.empty()) {
        int t = ready.top();
        ready.pop();
        order.push_back(t);
        for (int nx : after[t]) if (--waiting[nx] == 0) ready.push(nx);
    }
    if ((int)order.size() != n) { cout << "IMPOSSIBLE\n"; return 0; }
    for (int i = 0; i < n; i++) cout << names[order[i]] << (i + 1 == n ? '\n' : ' ');
}
