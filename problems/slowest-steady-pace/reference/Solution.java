class Solution {
    public int minEatingSpeed(int[] piles, int h) {
        long lo = 1, hi = 0;
        for (int pile : piles) hi = Math.max(hi, pile);
        while (lo < hi) {
            long mid = (lo + hi) / 2, hours = 0;
            for (int pile : piles) hours += (pile + mid - 1) / mid;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return (int) lo;
    }
}
