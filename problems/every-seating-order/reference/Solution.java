import java.util.*;

class Solution {
    private final List<List<Integer>> out = new ArrayList<>();
    private final List<Integer> row = new ArrayList<>();
    private boolean[] used;
    private int[] guests;

    private void place() {
        if (row.size() == guests.length) {
            out.add(new ArrayList<>(row));
            return;
        }
        for (int k = 0; k < guests.length; k++) {
            if (used[k]) continue;
            used[k] = true;
            row.add(guests[k]);
            place();
            row.remove(row.size() - 1);
            used[k] = false;
        }
    }

    public List<List<Integer>> seatings(int[] guests) {
        this.guests = guests;
        used = new boolean[guests.length];
        place();
        return out;
    }
}
