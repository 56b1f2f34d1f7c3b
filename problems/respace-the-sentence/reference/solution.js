/**
 * @param {string} text
 * @param {string[]} words
 * @return {string[]}
 */
var respace = function(text, words) {
    const vocab = new Set(words);
    const memo = new Map();
    const fromPos = (start) => {
        if (memo.has(start)) return memo.get(start);
        if (start === text.length) return [""];
        const found = [];
        for (let end = start + 1; end <= Math.min(text.length, start + 10); end++) {
            const piece = text.slice(start, end);
            if (!vocab.has(piece)) continue;
            for (const rest of fromPos(end)) found.push(rest ? piece + " " + rest : piece);
        }
        memo.set(start, found);
        return found;
    };
    return fromPos(0);
};
