import java.util.*;

class Solution {
    public int longestConsecutive(int[] nums) {
        Set<Long> values = new HashSet<>();
        for (int x : nums) values.add((long) x);
        int best = 0;
        for (long v : values) {
            if (values.contains(v - 1)) continue;
            long end = v;
            while (values.contains(end + 1)) end++;
            best = Math.max(best, (int) (end - v + 1));
        }
        return best;
    }
}
