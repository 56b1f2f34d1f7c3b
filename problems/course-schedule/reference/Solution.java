import java.util.*;

class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> dependants = new ArrayList<>();
        for (int c = 0; c < numCourses; c++) dependants.add(new ArrayList<>());
        int[] indegree = new int[numCourses];
        for (int[] p : prerequisites) {
            dependants.get(p[1]).add(p[0]);
            indegree[p[0]]++;
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int c = 0; c < numCourses; c++) if (indegree[c] == 0) ready.add(c);
        int finished = 0;
        while (!ready.isEmpty()) {
            int course = ready.poll();
            finished++;
            for (int next : dependants.get(course)) if (--indegree[next] == 0) ready.add(next);
        }
        return finished == numCourses;
    }
}
