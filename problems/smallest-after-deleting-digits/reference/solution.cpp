class Solution {
public:
    string removeKdigits(string num, int k) {
        string kept;
        for (char d : num) {
            while (k > 0 && !kept.empty() && kept.back() > d) {
                kept.pop_back();
                --k;
            }
            kept.push_back(d);
        }
        kept.resize(kept.size() - k);
        size_t i = 0;
        while (i < kept.size() && kept[i] == '0') ++i;
        string out = kept.substr(i);
        return out.empty() ? "0" : out;
    }
};
