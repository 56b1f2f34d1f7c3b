#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    long long v, best, ending;
    cin >> v;
    best = ending = v;
    for (int i = 1; i < n; i++) {
        cin >> v;
        ending = ending < 0 ? v : ending + v;
        best = max(best, ending);
    }
    cout << best << '\n';
}
