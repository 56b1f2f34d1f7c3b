class SnapshotArray {
    private int snapId = 0;
    private final List<List<int[]>> history = new ArrayList<>();  // per index: {snapshot id, value}

    public SnapshotArray(int length) {
        for (int i = 0; i < length; i++) {
            List<int[]> h = new ArrayList<>();
            h.add(new int[] {0, 0});
            history.add(h);
        }
    }

    public void set(int index, int val) {
        List<int[]> h = history.get(index);
        int[] last = h.get(h.size() - 1);
        if (last[0] == snapId) last[1] = val;
        else h.add(new int[] {snapId, val});
    }

    public int snap() {
        return snapId++;
    }

    public int get(int index, int snap_id) {
        List<int[]> h = history.get(index);
        int lo = 0, hi = h.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (h.get(mid)[0] <= snap_id) lo = mid + 1; else hi = mid;
        }
        return h.get(lo - 1)[1];
    }
}
