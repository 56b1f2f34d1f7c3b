class Solution {
public:
    vector<int> nextGreaterElement(vector<int>& queries, vector<int>& nums) {
        unordered_map<int, int> answer;
        vector<int> waiting;
        for (int value : nums) {
            while (!waiting.empty() && waiting.back() < value) {
                answer[waiting.back()] = value;
                waiting.pop_back();
            }
            waiting.push_back(value);
        }
        vector<int> out;
        for (int q : queries) {
            auto it = answer.find(q);
            out.push_back(it == answer.end() ? -1 : it->second);
        }
        return out;
    }
};
