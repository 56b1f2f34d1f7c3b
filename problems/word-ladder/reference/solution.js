/**
 * @param {string} beginWord
 * @param {string} endWord
 * @param {string[]} wordList
 * @return {number}
 */
var ladderLength = function(beginWord, endWord, wordList) {
    if (!wordList.includes(endWord)) return 0;
    const groups = new Map();
    for (const word of wordList) {
        for (let i = 0; i < word.length; i++) {
            const pattern = word.slice(0, i) + '*' + word.slice(i + 1);
            if (!groups.has(pattern)) groups.set(pattern, []);
            groups.get(pattern).push(word);
        }
    }
    const visited = new Set([beginWord]);
    const queue = [[beginWord, 1]];
    for (let qi = 0; qi < queue.length; qi++) {
        const [word, depth] = queue[qi];
        for (let i = 0; i < word.length; i++) {
            const pattern = word.slice(0, i) + '*' + word.slice(i + 1);
            const group = groups.get(pattern) || [];
            groups.delete(pattern);
            for (const next of group) {
                if (next === endWord) return depth + 1;
                if (!visited.has(next)) { visited.add(next); queue.push([next, depth + 1]); }
            }
        }
    }
    return 0;
};
