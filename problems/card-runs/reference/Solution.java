import java.util.*;

class Solution {
    public boolean canMakeRuns(int[] cards, int runLength) {
        if (cards.length % runLength != 0) return false;
        TreeMap<Long, Integer> count = new TreeMap<>();
        for (int v : cards) count.merge((long) v, 1, Integer::sum);
        for (long v : new ArrayList<>(count.keySet())) {
            int c = count.get(v);
            if (c == 0) continue;
            for (long w = v; w < v + runLength; w++) {
                Integer have = count.get(w);
                if (have == null || have < c) return false;
                count.put(w, have - c);
            }
        }
        return true;
    }
}
