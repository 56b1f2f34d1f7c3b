#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    map<string, long long> balance;
    vector<int> rejected;
    for (int number = 1; number <= n; number++) {
        string op, a, b;
        long long x = 0;
        cin >> op >> a;
        bool ok = false;
        if (op == "open") {
            ok = !balance.count(a);
            if (ok) balance[a] = 0;
        } else if (op == "deposit") {
            cin >> x;
            ok = balance.count(a);
            if (ok) balance[a] += x;
        } else if (op == "withdraw") {
            cin >> x;
            ok = balance.count(a) && balance[a] >= x;
            if (ok) balance[a] -= x;
        } else if (op == "transfer") {
            cin >> b >> x;
            ok = balance.count(a) && balance.count(b) && a != b && balance[a] >= x;
            if (ok) { balance[a] -= x; balance[b] += x; }
        }
        if (!ok) rejected.push_back(number);
    }
    cout << "rejected:";
    if (rejected.empty()) cout << " none";
    for (int r : rejected) cout << ' ' << r;
    cout << '\n';
    for (auto& [name, money] : balance) cout << name << ' ' << money << '\n';
}
