import java.util.*;

class Solution {
    public int roomsNeeded(int[][] meetings) {
        int n = meetings.length;
        int[] starts = new int[n], ends = new int[n];
        for (int i = 0; i < n; i++) { starts[i] = meetings[i][0]; ends[i] = meetings[i][1]; }
        Arrays.sort(starts);
        Arrays.sort(ends);
        int rooms = 0, k = 0;
        for (int s : starts) {
            if (k < n && ends[k] <= s) k++;
            else rooms++;
        }
        return rooms;
    }
}
