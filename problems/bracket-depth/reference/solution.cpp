#include <bits/stdc++.h>
using namespace std;

int depth(const string& s) {
    string waiting;
    int best = 0;
    for (char c : s) {
        if (c == '(' || c == '[' || c == '{') {
            waiting.push_back(c);
            best = max(best, (int)waiting.size());
        } else if (c == ')' || c == ']' || c == '}') {
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (waiting.empty() || waiting.back() != want) return -1;
            waiting.pop_back();
        }
    }
    return waiting.empty() ? best : -1;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    if (!(cin >> q)) return 0;
    string s;
    for (int i = 0; i < q && cin >> s; i++) cout << depth(s) << '\n';
    return 0;
}
