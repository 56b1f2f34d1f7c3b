class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        priority_queue<int, vector<int>, greater<int>> top;
        for (int value : nums) {
            if ((int) top.size() < k) top.push(value);
            else if (value > top.top()) {
                top.pop();
                top.push(value);
            }
        }
        return top.top();
    }
};
