class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        vector<int> waits(temperatures.size(), 0), waiting;
        for (int i = 0; i < (int) temperatures.size(); ++i) {
            while (!waiting.empty() && temperatures[waiting.back()] < temperatures[i]) {
                waits[waiting.back()] = i - waiting.back();
                waiting.pop_back();
            }
            waiting.push_back(i);
        }
        return waits;
    }
};
