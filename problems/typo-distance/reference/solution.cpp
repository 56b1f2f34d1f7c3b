#include <bits/stdc++.h>
using namespace std;

long long distance_of(const string& a, const string& b, long long ins, long long del, long long rep) {
    vector<long long> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); j++) prev[j] = j * ins;
    for (size_t i = 1; i <= a.size(); i++) {
        cur[0] = i * del;
        for (size_t j = 1; j <= b.size(); j++) {
            long long best = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : rep);
            best = min(best, prev[j] + del);
            best = min(best, cur[j - 1] + ins);
            cur[j] = best;
        }
        swap(prev, cur);
    }
    return prev[b.size()];
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long ins, del, rep;
    int q;
    cin >> ins >> del >> rep >> q;
    string a, b;
    while (q-- > 0 && cin >> a >> b) cout << distance_of(a, b, ins, del, rep) << '\n';
}
