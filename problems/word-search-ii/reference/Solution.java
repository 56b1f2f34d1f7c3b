import java.util.*;

class Solution {
    private static class Node {
        Node[] next = new Node[26];
        String word;
    }

    private final List<String> found = new ArrayList<>();

    public List<String> findWords(char[][] board, String[] words) {
        Node root = new Node();
        for (String word : words) {
            Node node = root;
            for (char ch : word.toCharArray()) {
                if (node.next[ch - 'a'] == null) node.next[ch - 'a'] = new Node();
                node = node.next[ch - 'a'];
            }
            node.word = word;
        }
        for (int r = 0; r < board.length; r++)
            for (int c = 0; c < board[0].length; c++) walk(board, r, c, root);
        Collections.sort(found);
        return found;
    }

    private void walk(char[][] board, int r, int c, Node parent) {
        char ch = board[r][c];
        if (ch == '#' || parent.next[ch - 'a'] == null) return;
        Node node = parent.next[ch - 'a'];
        if (node.word != null) {
            found.add(node.word);
            node.word = null;
        }
        board[r][c] = '#';
        if (r > 0) walk(board, r - 1, c, node);
        if (r + 1 < board.length) walk(board, r + 1, c, node);
        if (c > 0) walk(board, r, c - 1, node);
        if (c + 1 < board[0].length) walk(board, r, c + 1, node);
        board[r][c] = ch;
    }
}
