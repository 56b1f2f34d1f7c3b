import java.util.*;

class Solution {
    public int evalRpn(String[] tokens) {
        ArrayDeque<Long> stack = new ArrayDeque<>();
        for (String token : tokens) {
            switch (token) {
                case "+": { long b = stack.pop(), a = stack.pop(); stack.push(a + b); break; }
                case "-": { long b = stack.pop(), a = stack.pop(); stack.push(a - b); break; }
                case "*": { long b = stack.pop(), a = stack.pop(); stack.push(a * b); break; }
                case "/": { long b = stack.pop(), a = stack.pop(); stack.push(a / b); break; }
                default: stack.push(Long.parseLong(token));
            }
        }
        return (int) (long) stack.pop();
    }
}
