class Solution {
public:
    int maxArea(vector<int>& heights) {
        int lo = 0, hi = (int) heights.size() - 1, best = 0;
        while (lo < hi) {
            best = max(best, min(heights[lo], heights[hi]) * (hi - lo));
            if (heights[lo] < heights[hi]) ++lo;
            else --hi;
        }
        return best;
    }
};
