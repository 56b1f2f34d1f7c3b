class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> dependants(numCourses);
        vector<int> indegree(numCourses, 0);
        for (auto& p : prerequisites) {
            dependants[p[1]].push_back(p[0]);
            indegree[p[0]]++;
        }
        vector<int> ready;
        for (int c = 0; c < numCourses; ++c)
            if (indegree[c] == 0) ready.push_back(c);
        for (size_t qi = 0; qi < ready.size(); ++qi)
            for (int next : dependants[ready[qi]])
                if (--indegree[next] == 0) ready.push_back(next);
        return (int) ready.size() == numCourses;
    }
};
