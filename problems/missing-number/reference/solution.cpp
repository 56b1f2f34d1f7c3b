class Solution {
public:
    int missingNumber(vector<int>& nums) {
        int acc = (int) nums.size();
        for (int i = 0; i < (int) nums.size(); ++i) acc ^= i ^ nums[i];
        return acc;
    }
};
