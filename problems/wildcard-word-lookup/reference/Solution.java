import java.util.*;

class Solution {
    private static final class Node {
        Node[] kids = new Node[26];
        boolean end;
    }

    public boolean[] wildcardMatches(String[] words, String[] queries) {
        Node root = new Node();
        for (String w : words) {
            Node node = root;
            for (char c : w.toCharArray()) {
                if (node.kids[c - 'a'] == null) node.kids[c - 'a'] = new Node();
                node = node.kids[c - 'a'];
            }
            node.end = true;
        }
        boolean[] out = new boolean[queries.length];
        for (int j = 0; j < queries.length; j++) {
            String q = queries[j];
            ArrayDeque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {root, 0});
            boolean found = false;
            while (!stack.isEmpty() && !found) {
                Object[] top = stack.pop();
                Node node = (Node) top[0];
                int i = (Integer) top[1];
                if (i == q.length()) {
                    found = node.end;
                } else if (q.charAt(i) == '.') {
                    for (Node child : node.kids) if (child != null) stack.push(new Object[] {child, i + 1});
                } else if (node.kids[q.charAt(i) - 'a'] != null) {
                    stack.push(new Object[] {node.kids[q.charAt(i) - 'a'], i + 1});
                }
            }
            out[j] = found;
        }
        return out;
    }
}
