class Solution {
    private static boolean ok(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    public boolean isPalindrome(String s) {
        int left = 0, right = s.length() - 1;
        while (left < right) {
            char a = s.charAt(left), b = s.charAt(right);
            if (!ok(a)) left++;
            else if (!ok(b)) right--;
            else if (Character.toLowerCase(a) != Character.toLowerCase(b)) return false;
            else { left++; right--; }
        }
        return true;
    }
}
