class Solution {
public:
    vector<int> asteroidCollision(vector<int>& carts) {
        vector<int> stack;
        for (int cart : carts) {
            bool alive = true;
            while (alive && cart < 0 && !stack.empty() && stack.back() > 0) {
                if (stack.back() < -cart) { stack.pop_back(); continue; }
                if (stack.back() == -cart) stack.pop_back();
                alive = false;
            }
            if (alive) stack.push_back(cart);
        }
        return stack;
    }
};
