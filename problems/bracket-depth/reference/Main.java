import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    static int depth(String s) {
        char[] waiting = new char[s.length()];
        int top = 0, best = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                waiting[top++] = c;
                best = Math.max(best, top);
            } else if (c == ')' || c == ']' || c == '}') {
                char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (top == 0 || waiting[top - 1] != want) return -1;
                top--;
            }
        }
        return top == 0 ? best : -1;
    }

    public static void main(String[] args) throws IOException {
        String[] tok = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        int q = Integer.parseInt(tok[0]);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= q && i < tok.length; i++) out.append(depth(tok[i])).append('\n');
        System.out.print(out);
    }
}
