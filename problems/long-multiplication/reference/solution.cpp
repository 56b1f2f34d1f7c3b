class Solution {
public:
    string multiply(string a, string b) {
        int m = (int) a.size(), n = (int) b.size();
        vector<long long> slots(m + n, 0);
        for (int i = 0; i < m; ++i) {
            int da = a[m - 1 - i] - '0';
            for (int j = 0; j < n; ++j) slots[i + j] += (long long) da * (b[n - 1 - j] - '0');
        }
        for (int k = 0; k < m + n - 1; ++k) {
            slots[k + 1] += slots[k] / 10;
            slots[k] %= 10;
        }
        int top = m + n - 1;
        while (top > 0 && slots[top] == 0) top--;
        string out;
        for (int k = top; k >= 0; --k) out += (char) ('0' + slots[k]);
        return out;
    }
};
