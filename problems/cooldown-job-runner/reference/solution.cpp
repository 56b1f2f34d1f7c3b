class Solution {
public:
    int leastInterval(vector<string>& tasks, int n) {
        int counts[26] = {0};
        for (const string& task : tasks) ++counts[task[0] - 'A'];
        int top = *max_element(counts, counts + 26);
        int ties = count(counts, counts + 26, top);
        return max((int) tasks.size(), (top - 1) * (n + 1) + ties);
    }
};
