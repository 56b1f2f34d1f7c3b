import java.util.*;

class Solution {
    public List<List<String>> groupAnagrams(String[] words) {
        Map<String, List<String>> buckets = new LinkedHashMap<>();
        for (String word : words) {
            char[] letters = word.toCharArray();
            Arrays.sort(letters);
            buckets.computeIfAbsent(new String(letters), k -> new ArrayList<>()).add(word);
        }
        return new ArrayList<>(buckets.values());
    }
}
