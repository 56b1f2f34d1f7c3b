import java.util.*;

class Solution {
    public List<List<Integer>> subsets(int[] nums) {
        int[] values = nums.clone();
        Arrays.sort(values);
        List<List<Integer>> result = new ArrayList<>();
        walk(values, 0, new ArrayList<>(), result);
        return result;
    }

    private void walk(int[] values, int start, List<Integer> chosen, List<List<Integer>> result) {
        result.add(new ArrayList<>(chosen));
        for (int j = start; j < values.length; j++) {
            chosen.add(values[j]);
            walk(values, j + 1, chosen, result);
            chosen.remove(chosen.size() - 1);
        }
    }
}
