class Solution {
    public String longestCommonPrefix(String[] words) {
        if (words.length == 0) return "";
        String first = words[0];
        for (int i = 0; i < first.length(); i++) {
            for (int k = 1; k < words.length; k++) {
                if (i >= words[k].length() || words[k].charAt(i) != first.charAt(i)) return first.substring(0, i);
            }
        }
        return first;
    }
}
