import java.util.*;

class Solution {
    public List<Integer> segmentSizes(String tape) {
        int[] last = new int[26];
        for (int i = 0; i < tape.length(); i++) last[tape.charAt(i) - 'a'] = i;
        List<Integer> sizes = new ArrayList<>();
        int start = 0, end = 0;
        for (int i = 0; i < tape.length(); i++) {
            end = Math.max(end, last[tape.charAt(i) - 'a']);
            if (i == end) {
                sizes.add(i - start + 1);
                start = i + 1;
            }
        }
        return sizes;
    }
}
