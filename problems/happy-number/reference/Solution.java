class Solution {
    private static int step(long x) {
        int total = 0;
        while (x > 0) {
            int digit = (int) (x % 10);
            total += digit * digit;
            x /= 10;
        }
        return total;
    }

    public boolean isHappy(int n) {
        long slow = n, fast = step(n);
        while (slow != fast) {
            slow = step(slow);
            fast = step(step(fast));
        }
        return slow == 1;
    }
}
