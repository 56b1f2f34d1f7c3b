class Solution {
public:
    int countReadings(string code) {
        const long long MOD = 1000000007LL;
        long long twoBack = 1, oneBack = 1;
        for (size_t i = 0; i < code.size(); ++i) {
            long long here = code[i] != '0' ? oneBack : 0;
            if (i > 0) {
                int pair = (code[i - 1] - '0') * 10 + (code[i] - '0');
                if (pair >= 10 && pair <= 26) here += twoBack;
            }
            twoBack = oneBack;
            oneBack = here % MOD;
        }
        return (int) oneBack;
    }
};
