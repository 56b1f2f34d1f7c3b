class Solution {
public:
    int trap(vector<int>& height) {
        int left = 0, right = (int) height.size() - 1, leftMax = 0, rightMax = 0;
        long long total = 0;
        while (left < right) {
            if (height[left] < height[right]) {
                leftMax = max(leftMax, height[left]);
                total += leftMax - height[left];
                left++;
            } else {
                rightMax = max(rightMax, height[right]);
                total += rightMax - height[right];
                right--;
            }
        }
        return (int) total;
    }
};
