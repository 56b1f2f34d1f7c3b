class Solution {
    public String alienOrder(String[] words) {
        boolean[] present = new boolean[26], used = new boolean[26];
        boolean[][] after = new boolean[26][26];
        int[] indegree = new int[26];
        for (String w : words)
            for (char ch : w.toCharArray()) present[ch - 'a'] = true;
        for (int k = 0; k + 1 < words.length; k++) {
            String a = words[k], b = words[k + 1];
            int n = Math.min(a.length(), b.length()), p = 0;
            while (p < n && a.charAt(p) == b.charAt(p)) p++;
            if (p == n) {
                if (a.length() > b.length()) return "";
                continue;
            }
            int i = a.charAt(p) - 'a', j = b.charAt(p) - 'a';
            if (!after[i][j]) {
                after[i][j] = true;
                indegree[j]++;
            }
        }
        int total = 0;
        for (int k = 0; k < 26; k++) if (present[k]) total++;
        StringBuilder order = new StringBuilder();
        for (;;) {
            int pick = -1;
            for (int k = 0; k < 26; k++)
                if (present[k] && !used[k] && indegree[k] == 0) { pick = k; break; }
            if (pick == -1) break;
            used[pick] = true;
            order.append((char) ('a' + pick));
            for (int j = 0; j < 26; j++)
                if (after[pick][j]) indegree[j]--;
        }
        return order.length() == total ? order.toString() : "";
    }
}
