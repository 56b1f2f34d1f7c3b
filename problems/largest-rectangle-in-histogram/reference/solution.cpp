class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        vector<int> stack;
        long long best = 0;
        int n = (int) heights.size();
        for (int i = 0; i <= n; ++i) {
            int h = i == n ? 0 : heights[i];
            while (!stack.empty() && heights[stack.back()] > h) {
                long long top = heights[stack.back()];
                stack.pop_back();
                long long width = stack.empty() ? i : i - stack.back() - 1;
                best = max(best, top * width);
            }
            stack.push_back(i);
        }
        return (int) best;
    }
};
