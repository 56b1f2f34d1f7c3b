import java.util.*;

class Solution {
    public int ladderLength(String beginWord, String endWord, List<String> wordList) {
        if (!wordList.contains(endWord)) return 0;
        Map<String, List<String>> groups = new HashMap<>();
        for (String word : wordList) {
            for (int i = 0; i < word.length(); i++) {
                String pattern = word.substring(0, i) + '*' + word.substring(i + 1);
                groups.computeIfAbsent(pattern, k -> new ArrayList<>()).add(word);
            }
        }
        Set<String> visited = new HashSet<>();
        visited.add(beginWord);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(beginWord);
        for (int depth = 1; !queue.isEmpty(); depth++) {
            for (int size = queue.size(); size > 0; size--) {
                String word = queue.poll();
                for (int i = 0; i < word.length(); i++) {
                    String pattern = word.substring(0, i) + '*' + word.substring(i + 1);
                    List<String> group = groups.remove(pattern);
                    if (group == null) continue;
                    for (String next : group) {
                        if (next.equals(endWord)) return depth + 1;
                        if (visited.add(next)) queue.add(next);
                    }
                }
            }
        }
        return 0;
    }
}
