import java.util.*;

class Solution {
    public boolean canAttendAll(int[][] meetings) {
        int[][] ordered = meetings.clone();
        Arrays.sort(ordered, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        for (int k = 1; k < ordered.length; k++)
            if (ordered[k][0] < ordered[k - 1][1]) return false;
        return true;
    }
}
