class Solution {
public:
    int cheapestClimb(vector<int>& toll) {
        int far = 0, near = 0;
        for (int i = 2; i <= (int) toll.size(); ++i) {
            int here = min(near + toll[i - 1], far + toll[i - 2]);
            far = near;
            near = here;
        }
        return near;
    }
};
