class Solution {
    private static class Node {
        Node[] next = new Node[26];
        boolean end;
    }

    public String replaceWords(String[] stems, String sentence) {
        Node root = new Node();
        for (String stem : stems) {
            Node node = root;
            for (char ch : stem.toCharArray()) {
                if (node.next[ch - 'a'] == null) node.next[ch - 'a'] = new Node();
                node = node.next[ch - 'a'];
            }
            node.end = true;
        }
        StringBuilder out = new StringBuilder();
        for (String word : sentence.split(" ")) {
            if (out.length() > 0) out.append(' ');
            Node node = root;
            int keep = word.length();
            for (int i = 0; i < word.length(); i++) {
                node = node.next[word.charAt(i) - 'a'];
                if (node == null) break;
                if (node.end) { keep = i + 1; break; }
            }
            out.append(word, 0, keep);
        }
        return out.toString();
    }
}
