/**
 * @param {string[]} words
 * @return {string}
 */
var alienOrder = function(words) {
    const present = new Array(26).fill(false);
    for (const w of words) for (const ch of w) present[ch.charCodeAt(0) - 97] = true;
    const after = Array.from({ length: 26 }, () => new Array(26).fill(false));
    const indegree = new Array(26).fill(0);
    for (let k = 0; k + 1 < words.length; k++) {
        const a = words[k], b = words[k + 1];
        const n = Math.min(a.length, b.length);
        let p = 0;
        while (p < n && a[p] === b[p]) p++;
        if (p === n) {
            if (a.length > b.length) return "";
            continue;
        }
        const i = a.charCodeAt(p) - 97, j = b.charCodeAt(p) - 97;
        if (!after[i][j]) {
            after[i][j] = true;
            indegree[j]++;
        }
    }
    const used = new Array(26).fill(false);
    let order = "", total = 0;
    for (let k = 0; k < 26; k++) if (present[k]) total++;
    for (;;) {
        let pick = -1;
        for (let k = 0; k < 26; k++) {
            if (present[k] && !used[k] && indegree[k] === 0) { pick = k; break; }
        }
        if (pick === -1) break;
        used[pick] = true;
        order += String.fromCharCode(pick + 97);
        for (let j = 0; j < 26; j++) if (after[pick][j]) indegree[j]--;
    }
    return order.length === total ? order : "";
};
