import java.util.*;

class Solution {
    private static final class Node {
        Node[] kids = new Node[26];
        String word;
    }

    public String longestWord(String[] words) {
        Node root = new Node();
        for (String w : words) {
            Node node = root;
            for (char c : w.toCharArray()) {
                if (node.kids[c - 'a'] == null) node.kids[c - 'a'] = new Node();
                node = node.kids[c - 'a'];
            }
            node.word = w;
        }
        String best = "";
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            for (Node child : node.kids) {
                if (child == null || child.word == null) continue;
                String w = child.word;
                if (w.length() > best.length() || (w.length() == best.length() && w.compareTo(best) < 0)) best = w;
                stack.push(child);
            }
        }
        return best;
    }
}
