class Solution {
    public int switchesOn(long panel) {
        int count = 0;
        while (panel != 0) {
            panel &= panel - 1;
            count++;
        }
        return count;
    }
}
