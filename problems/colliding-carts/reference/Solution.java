class Solution {
    public int[] asteroidCollision(int[] carts) {
        int[] stack = new int[carts.length];
        int top = 0;
        for (int cart : carts) {
            boolean alive = true;
            while (alive && cart < 0 && top > 0 && stack[top - 1] > 0) {
                if (stack[top - 1] < -cart) { top--; continue; }
                if (stack[top - 1] == -cart) top--;
                alive = false;
            }
            if (alive) stack[top++] = cart;
        }
        return java.util.Arrays.copyOf(stack, top);
    }
}
