import java.util.*;

class Solution {
    public List<List<Integer>> combinationSum(int[] candidates, int target) {
        int[] values = candidates.clone();
        Arrays.sort(values);
        List<List<Integer>> ways = new ArrayList<>();
        walk(values, 0, target, new ArrayList<>(), ways);
        return ways;
    }

    private void walk(int[] values, int start, int remaining, List<Integer> picks, List<List<Integer>> ways) {
        if (remaining == 0) { ways.add(new ArrayList<>(picks)); return; }
        for (int j = start; j < values.length && values[j] <= remaining; j++) {
            picks.add(values[j]);
            walk(values, j, remaining - values[j], picks, ways);
            picks.remove(picks.size() - 1);
        }
    }
}
