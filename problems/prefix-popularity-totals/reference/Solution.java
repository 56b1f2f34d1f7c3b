class Solution {
    private static final class Node {
        Node[] kids = new Node[26];
        int count;
    }

    public int[] sumPrefixScores(String[] words) {
        Node root = new Node();
        for (String w : words) {
            Node node = root;
            for (int i = 0; i < w.length(); i++) {
                int c = w.charAt(i) - 'a';
                if (node.kids[c] == null) node.kids[c] = new Node();
                node = node.kids[c];
                node.count++;
            }
        }
        int[] out = new int[words.length];
        for (int j = 0; j < words.length; j++) {
            Node node = root;
            int total = 0;
            for (int i = 0; i < words[j].length(); i++) {
                node = node.kids[words[j].charAt(i) - 'a'];
                total += node.count;
            }
            out[j] = total;
        }
        return out;
    }
}
