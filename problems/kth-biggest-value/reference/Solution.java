import java.util.*;

class Solution {
    public int findKthLargest(int[] nums, int k) {
        PriorityQueue<Integer> top = new PriorityQueue<>();
        for (int value : nums) {
            if (top.size() < k) top.add(value);
            else if (value > top.peek()) {
                top.poll();
                top.add(value);
            }
        }
        return top.peek();
    }
}
