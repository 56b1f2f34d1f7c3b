#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    size_t k;
    cin >> k;
    unordered_map<string, int> counts;
    string word;
    while (cin >> word) counts[word]++;
    // "better" = higher count, then smaller word; the heap's top is the worst kept entry.
    auto better = [](const pair<int, string>& a, const pair<int, string>& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    priority_queue<pair<int, string>, vector<pair<int, string>>, decltype(better)> heap(better);
    for (auto& [w, c] : counts) {
        heap.push({c, w});
        if (heap.size() > k) heap.pop();
    }
    vector<pair<int, string>> top;
    while (!heap.empty()) { top.push_back(heap.top()); heap.pop(); }
    reverse(top.begin(), top.end());
    for (auto& [c, w] : top) cout << w << ' ' << c << '\n';
}
