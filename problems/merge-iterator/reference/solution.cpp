class MergedIterator {
    vector<vector<int>> lists;
    // (value, list, position); greater<> makes it a min-heap
    priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;

public:
    MergedIterator(vector<vector<int>>& lists) : lists(lists) {
        for (int i = 0; i < (int)this->lists.size(); i++) {
            if (!this->lists[i].empty()) heap.emplace(this->lists[i][0], i, 0);
        }
    }

    int next() {
        auto [value, i, j] = heap.top();
        heap.pop();
        if (j + 1 < (int)lists[i].size()) heap.emplace(lists[i][j + 1], i, j + 1);
        return value;
    }

    bool hasNext() { return !heap.empty(); }

    int peek() { return get<0>(heap.top()); }
};
