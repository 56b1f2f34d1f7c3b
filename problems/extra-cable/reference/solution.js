/**
 * @param {number[][]} cables
 * @return {number[]}
 */
var extraCable = function(cables) {
    const n = cables.length;
    const parent = Array.from({ length: n + 1 }, (_, i) => i);
    const size = new Array(n + 1).fill(1);
    const find = (x) => {
        let root = x;
        while (parent[root] !== root) root = parent[root];
        while (parent[x] !== root) {
            const next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    };
    for (const [a, b] of cables) {
        let ra = find(a), rb = find(b);
        if (ra === rb) return [a, b];
        if (size[ra] < size[rb]) [ra, rb] = [rb, ra];
        parent[rb] = ra;
        size[ra] += size[rb];
    }
    return [];
};
