class RateLimiter {
    int limit;
    long long window;
    unordered_map<string, deque<long long>> accepted;

public:
    RateLimiter(int limit, int window) : limit(limit), window(window) {}

    bool allow(string client, int timestamp) {
        auto& times = accepted[client];
        while (!times.empty() && times.front() <= timestamp - window) times.pop_front();
        if ((int)times.size() < limit) {
            times.push_back(timestamp);
            return true;
        }
        return false;
    }
};
