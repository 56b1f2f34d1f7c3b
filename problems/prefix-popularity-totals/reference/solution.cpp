class Solution {
public:
    vector<int> sumPrefixScores(vector<string>& words) {
        vector<array<int, 26>> kids(1);
        kids[0].fill(-1);
        vector<int> count(1, 0);
        for (const string& w : words) {
            int node = 0;
            for (char c : w) {
                if (kids[node][c - 'a'] < 0) {
                    kids[node][c - 'a'] = kids.size();
                    kids.emplace_back();
                    kids.back().fill(-1);
                    count.push_back(0);
                }
                node = kids[node][c - 'a'];
                ++count[node];
            }
        }
        vector<int> out;
        for (const string& w : words) {
            int node = 0, total = 0;
            for (char c : w) {
                node = kids[node][c - 'a'];
                total += count[node];
            }
            out.push_back(total);
        }
        return out;
    }
};
