import java.util.*;

class Solution {
    private static final class Node {
        Node[] kids = new Node[26];
        boolean isWord;
    }

    public List<String> findAllConcatenatedWordsInADict(String[] words) {
        Node root = new Node();
        for (String w : words) {
            Node node = root;
            for (char c : w.toCharArray()) {
                if (node.kids[c - 'a'] == null) node.kids[c - 'a'] = new Node();
                node = node.kids[c - 'a'];
            }
            node.isWord = true;
        }
        List<String> out = new ArrayList<>();
        for (String w : words) {
            int m = w.length();
            boolean[] good = new boolean[m + 1];
            good[0] = true;
            for (int i = 0; i < m; i++) {
                if (!good[i]) continue;
                Node node = root;
                for (int j = i; j < m; j++) {
                    node = node.kids[w.charAt(j) - 'a'];
                    if (node == null) break;
                    if (node.isWord && !(i == 0 && j + 1 == m)) good[j + 1] = true;
                }
            }
            if (good[m]) out.add(w);
        }
        return out;
    }
}
