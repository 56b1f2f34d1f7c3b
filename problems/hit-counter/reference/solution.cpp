class HitCounter {
    deque<int> hits;

public:
    HitCounter() {}

    void hit(int timestamp) { hits.push_back(timestamp); }

    int getHits(int timestamp) {
        while (!hits.empty() && hits.front() <= timestamp - 300) hits.pop_front();
        return (int)hits.size();
    }
};
