import java.util.*;

class Solution {
    private static final class Node {
        Node[] kids = new Node[26];
        List<String> top = new ArrayList<>();
    }

    public List<List<String>> suggestedProducts(String[] products, String searchWord) {
        String[] sorted = products.clone();
        Arrays.sort(sorted);
        Node root = new Node();
        for (String product : sorted) {
            Node node = root;
            for (char c : product.toCharArray()) {
                if (node.kids[c - 'a'] == null) node.kids[c - 'a'] = new Node();
                node = node.kids[c - 'a'];
                if (node.top.size() < 3) node.top.add(product);
            }
        }
        List<List<String>> out = new ArrayList<>();
        Node node = root;
        for (char c : searchWord.toCharArray()) {
            node = node == null ? null : node.kids[c - 'a'];
            out.add(node == null ? new ArrayList<>() : new ArrayList<>(node.top));
        }
        return out;
    }
}
