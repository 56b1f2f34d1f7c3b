import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.resetSyntax();
        in.wordChars('-', '-');
        in.wordChars('0', '9');
        in.whitespaceChars(0, ' ');
        in.nextToken();
        int n = Integer.parseInt(in.sval);
        in.nextToken();
        long best = Long.parseLong(in.sval), ending = best;
        for (int i = 1; i < n; i++) {
            in.nextToken();
            long v = Long.parseLong(in.sval);
            ending = ending < 0 ? v : ending + v;
            best = Math.max(best, ending);
        }
        System.out.println(best);
    }
}
