class Solution {
public:
    int calculate(string expression) {
        long long total = 0, number = 0;
        int sign = 1;
        vector<pair<long long, int>> saved;
        for (char ch : expression) {
            if (isdigit((unsigned char) ch)) {
                number = number * 10 + (ch - '0');
            } else if (ch == '+' || ch == '-') {
                total += sign * number;
                number = 0;
                sign = ch == '+' ? 1 : -1;
            } else if (ch == '(') {
                saved.push_back({total, sign});
                total = 0;
                sign = 1;
            } else if (ch == ')') {
                total += sign * number;
                number = 0;
                auto [outerTotal, outerSign] = saved.back();
                saved.pop_back();
                total = outerTotal + outerSign * total;
                sign = 1;
            }
        }
        return (int) (total + sign * number);
    }
};
