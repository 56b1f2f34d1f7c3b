class Solution {
public:
    int maxHaul(vector<int>& stash) {
        int twoBack = 0, oneBack = 0;
        for (int s : stash) {
            int here = max(oneBack, twoBack + s);
            twoBack = oneBack;
            oneBack = here;
        }
        return oneBack;
    }
};
