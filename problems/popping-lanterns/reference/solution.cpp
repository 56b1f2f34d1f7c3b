class Solution {
public:
    int maxPoints(vector<int>& lanterns) {
        vector<int> vals;
        vals.push_back(1);
        for (int v : lanterns) vals.push_back(v);
        vals.push_back(1);
        int size = (int) vals.size();
        vector<vector<int>> best(size, vector<int>(size, 0));
        for (int gap = 2; gap < size; ++gap)
            for (int i = 0; i + gap < size; ++i) {
                int j = i + gap, edge = vals[i] * vals[j], top = 0;
                for (int k = i + 1; k < j; ++k) {
                    int score = best[i][k] + best[k][j] + edge * vals[k];
                    if (score > top) top = score;
                }
                best[i][j] = top;
            }
        return best[0][size - 1];
    }
};
