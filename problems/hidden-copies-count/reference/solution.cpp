class Solution {
public:
    int countCopies(string text, string pattern) {
        const long long MOD = 1000000007LL;
        int n = (int) pattern.size();
        vector<long long> ways(n + 1, 0);
        ways[0] = 1;
        for (char ch : text)
            for (int j = n; j >= 1; --j)
                if (pattern[j - 1] == ch) ways[j] = (ways[j] + ways[j - 1]) % MOD;
        return (int) ways[n];
    }
};
