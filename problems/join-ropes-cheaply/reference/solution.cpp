class Solution {
public:
    int connectSticks(vector<int>& ropes) {
        priority_queue<long long, vector<long long>, greater<long long>> heap(ropes.begin(), ropes.end());
        long long cost = 0;
        while (heap.size() > 1) {
            long long a = heap.top(); heap.pop();
            long long b = heap.top(); heap.pop();
            cost += a + b;
            heap.push(a + b);
        }
        return (int) cost;
    }
};
