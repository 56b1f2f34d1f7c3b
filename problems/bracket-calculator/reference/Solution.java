import java.util.*;

class Solution {
    public int calculate(String expression) {
        long total = 0, number = 0;
        int sign = 1;
        ArrayDeque<long[]> saved = new ArrayDeque<>();
        for (int i = 0; i < expression.length(); i++) {
            char ch = expression.charAt(i);
            if (Character.isDigit(ch)) {
                number = number * 10 + (ch - '0');
            } else if (ch == '+' || ch == '-') {
                total += sign * number;
                number = 0;
                sign = ch == '+' ? 1 : -1;
            } else if (ch == '(') {
                saved.push(new long[] {total, sign});
                total = 0;
                sign = 1;
            } else if (ch == ')') {
                total += sign * number;
                number = 0;
                long[] outer = saved.pop();
                total = outer[0] + outer[1] * total;
                sign = 1;
            }
        }
        return (int) (total + sign * number);
    }
}
