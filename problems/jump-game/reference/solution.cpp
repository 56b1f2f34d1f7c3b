class Solution {
public:
    bool canJump(vector<int>& nums) {
        long long farthest = 0;
        long long last = (long long) nums.size() - 1;
        for (long long i = 0; i <= last; ++i) {
            if (i > farthest) return false;
            farthest = max(farthest, i + nums[i]);
            if (farthest >= last) return true;
        }
        return true;
    }
};
