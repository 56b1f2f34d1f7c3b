#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string line;
    getline(cin, line);
    int n = stoi(line);
    map<string, pair<int, string>> errors;  // service -> (count, first time)
    for (int i = 0; i < n && getline(cin, line); i++) {
        istringstream fields(line);
        string time, level, service;
        fields >> time >> level >> service;
        if (level != "ERROR") continue;
        auto it = errors.find(service);
        if (it == errors.end()) errors[service] = {1, time};
        else it->second.first++;
    }
    if (errors.empty()) { cout << "no errors\n"; return 0; }
    vector<pair<string, pair<int, string>>> rows(errors.begin(), errors.end());
    stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.second.first > b.second.first;
    });
    for (auto& [service, info] : rows) cout << service << ' ' << info.first << ' ' << info.second << '\n';
}
