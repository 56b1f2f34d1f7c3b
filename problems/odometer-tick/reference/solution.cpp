class Solution {
public:
    vector<int> tick(vector<int>& digits) {
        vector<int> out = digits;
        for (int k = (int) out.size() - 1; k >= 0; --k) {
            if (out[k] < 9) {
                out[k]++;
                return out;
            }
            out[k] = 0;
        }
        out.insert(out.begin(), 1);
        return out;
    }
};
