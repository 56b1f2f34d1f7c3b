class HitCounter {
    private final ArrayDeque<Integer> hits = new ArrayDeque<>();

    public HitCounter() {}

    public void hit(int timestamp) {
        hits.addLast(timestamp);
    }

    public int getHits(int timestamp) {
        while (!hits.isEmpty() && hits.peekFirst() <= timestamp - 300) hits.pollFirst();
        return hits.size();
    }
}
