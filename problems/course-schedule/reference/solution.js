/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {boolean}
 */
var canFinish = function(numCourses, prerequisites) {
    const dependants = Array.from({ length: numCourses }, () => []);
    const indegree = new Array(numCourses).fill(0);
    for (const [course, needed] of prerequisites) {
        dependants[needed].push(course);
        indegree[course]++;
    }
    const ready = [];
    for (let c = 0; c < numCourses; c++) if (indegree[c] === 0) ready.push(c);
    let finished = 0;
    for (let qi = 0; qi < ready.length; qi++) {
        finished++;
        for (const next of dependants[ready[qi]]) {
            if (--indegree[next] === 0) ready.push(next);
        }
    }
    return finished === numCourses;
};
