class Solution {
public:
    vector<int> segmentSizes(string tape) {
        int last[26];
        for (int i = 0; i < (int) tape.size(); ++i) last[tape[i] - 'a'] = i;
        vector<int> sizes;
        int start = 0, end = 0;
        for (int i = 0; i < (int) tape.size(); ++i) {
            end = max(end, last[tape[i] - 'a']);
            if (i == end) {
                sizes.push_back(i - start + 1);
                start = i + 1;
            }
        }
        return sizes;
    }
};
