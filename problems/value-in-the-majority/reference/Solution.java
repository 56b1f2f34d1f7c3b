class Solution {
    public int majorityElement(int[] votes) {
        int candidate = 0, count = 0;
        for (int v : votes) {
            if (count == 0) candidate = v;
            count += v == candidate ? 1 : -1;
        }
        return candidate;
    }
}
