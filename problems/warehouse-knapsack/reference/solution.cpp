#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, cap;
    cin >> n >> cap;
    vector<long long> best(cap + 1, 0);
    for (int i = 0; i < n; i++) {
        int weight;
        long long value;
        cin >> weight >> value;
        for (int w = cap; w >= weight; w--) best[w] = max(best[w], best[w - weight] + value);
    }
    cout << best[cap] << '\n';
}
