class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        int n = position.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return position[a] > position[b]; });
        vector<pair<long long, long long>> convoys;
        for (int i : order) {
            long long distance = target - position[i], pace = speed[i];
            if (convoys.empty() || distance * convoys.back().second > convoys.back().first * pace) {
                convoys.push_back({distance, pace});
            }
        }
        return convoys.size();
    }
};
