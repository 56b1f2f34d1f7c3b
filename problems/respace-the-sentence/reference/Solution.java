import java.util.*;

class Solution {
    private Set<String> vocab;
    private Map<Integer, List<String>> memo;
    private String text;

    private List<String> fromPos(int start) {
        if (memo.containsKey(start)) return memo.get(start);
        List<String> found = new ArrayList<>();
        if (start == text.length()) {
            found.add("");
        } else {
            for (int end = start + 1; end <= Math.min(text.length(), start + 10); end++) {
                String piece = text.substring(start, end);
                if (!vocab.contains(piece)) continue;
                for (String rest : fromPos(end)) found.add(rest.isEmpty() ? piece : piece + " " + rest);
            }
        }
        memo.put(start, found);
        return found;
    }

    public List<String> respace(String text, String[] words) {
        this.text = text;
        vocab = new HashSet<>(Arrays.asList(words));
        memo = new HashMap<>();
        return fromPos(0);
    }
}
