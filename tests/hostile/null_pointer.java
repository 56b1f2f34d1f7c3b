// expect: RE NullPointerException
class Solution {
    public int add(int a, int b) {
        String s = a > b ? null : null;
        return s.length() + a + b;
    }
}
