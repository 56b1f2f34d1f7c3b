/**
 * @param {string[]} words
 * @return {string[][]}
 */
var groupAnagrams = function(words) {
    const buckets = new Map();
    for (const word of words) {
        const key = word.split('').sort().join('');
        if (!buckets.has(key)) buckets.set(key, []);
        buckets.get(key).push(word);
    }
    return Array.from(buckets.values());
};
