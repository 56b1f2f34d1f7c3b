class MergedIterator {
    private final int[][] lists;
    // {value, list, position}, smallest value first
    private final PriorityQueue<int[]> heap =
        new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));

    public MergedIterator(int[][] lists) {
        this.lists = lists;
        for (int i = 0; i < lists.length; i++) {
            if (lists[i].length > 0) heap.add(new int[] {lists[i][0], i, 0});
        }
    }

    public int next() {
        int[] top = heap.poll();
        int i = top[1], j = top[2];
        if (j + 1 < lists[i].length) heap.add(new int[] {lists[i][j + 1], i, j + 1});
        return top[0];
    }

    public boolean hasNext() {
        return !heap.isEmpty();
    }

    public int peek() {
        return heap.peek()[0];
    }
}
