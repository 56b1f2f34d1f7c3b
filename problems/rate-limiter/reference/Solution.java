class RateLimiter {
    private final int limit;
    private final int window;
    private final Map<String, ArrayDeque<Integer>> accepted = new HashMap<>();

    public RateLimiter(int limit, int window) {
        this.limit = limit;
        this.window = window;
    }

    public boolean allow(String client, int timestamp) {
        ArrayDeque<Integer> times = accepted.computeIfAbsent(client, c -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= (long) timestamp - window) times.pollFirst();
        if (times.size() < limit) {
            times.addLast(timestamp);
            return true;
        }
        return false;
    }
}
