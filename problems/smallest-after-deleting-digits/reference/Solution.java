class Solution {
    public String removeKdigits(String num, int k) {
        StringBuilder kept = new StringBuilder();
        for (int j = 0; j < num.length(); j++) {
            char d = num.charAt(j);
            while (k > 0 && kept.length() > 0 && kept.charAt(kept.length() - 1) > d) {
                kept.deleteCharAt(kept.length() - 1);
                k--;
            }
            kept.append(d);
        }
        kept.setLength(kept.length() - k);
        int i = 0;
        while (i < kept.length() && kept.charAt(i) == '0') i++;
        String out = kept.substring(i);
        return out.isEmpty() ? "0" : out;
    }
}
