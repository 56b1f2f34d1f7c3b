/**
 * @param {string[]} tasks
 * @param {number} n
 * @return {number}
 */
var leastInterval = function(tasks, n) {
    const counts = new Array(26).fill(0);
    for (const task of tasks) counts[task.charCodeAt(0) - 65]++;
    const top = Math.max(...counts);
    const ties = counts.filter((c) => c === top).length;
    return Math.max(tasks.length, (top - 1) * (n + 1) + ties);
};
