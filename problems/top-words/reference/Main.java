import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tok = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        int k = Integer.parseInt(tok[0]);
        HashMap<String, Integer> counts = new HashMap<>();
        for (int i = 1; i < tok.length; i++) counts.merge(tok[i], 1, Integer::sum);
        Comparator<Map.Entry<String, Integer>> better = (a, b) ->
            !a.getValue().equals(b.getValue()) ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey());
        PriorityQueue<Map.Entry<String, Integer>> heap = new PriorityQueue<>(better.reversed());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            heap.add(e);
            if (heap.size() > k) heap.poll();
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(heap);
        top.sort(better);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Integer> e : top) out.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        System.out.print(out);
    }
}
