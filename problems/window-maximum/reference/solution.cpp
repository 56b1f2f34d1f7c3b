class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        deque<int> alive;
        vector<int> out;
        for (int i = 0; i < (int) nums.size(); ++i) {
            while (!alive.empty() && nums[alive.back()] <= nums[i]) alive.pop_back();
            alive.push_back(i);
            if (alive.front() <= i - k) alive.pop_front();
            if (i >= k - 1) out.push_back(nums[alive.front()]);
        }
        return out;
    }
};
