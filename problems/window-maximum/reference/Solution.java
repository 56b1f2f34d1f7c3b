import java.util.*;

class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        ArrayDeque<Integer> alive = new ArrayDeque<>();
        int[] out = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            while (!alive.isEmpty() && nums[alive.peekLast()] <= nums[i]) alive.pollLast();
            alive.addLast(i);
            if (alive.peekFirst() <= i - k) alive.pollFirst();
            if (i >= k - 1) out[i - k + 1] = nums[alive.peekFirst()];
        }
        return out;
    }
}
