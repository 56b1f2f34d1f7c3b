class MinStack {
    private final ArrayDeque<int[]> items = new ArrayDeque<>();  // {value, minimum up to here}

    public MinStack() {}

    public void push(int val) {
        int low = items.isEmpty() ? val : Math.min(val, items.peek()[1]);
        items.push(new int[] {val, low});
    }

    public void pop() {
        items.pop();
    }

    public int top() {
        return items.peek()[0];
    }

    public int getMin() {
        return items.peek()[1];
    }
}
