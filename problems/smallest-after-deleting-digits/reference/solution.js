/**
 * @param {string} num
 * @param {number} k
 * @return {string}
 */
var removeKdigits = function(num, k) {
    const kept = [];
    for (const d of num) {
        while (k > 0 && kept.length && kept[kept.length - 1] > d) {
            kept.pop();
            k--;
        }
        kept.push(d);
    }
    kept.length -= k;
    let i = 0;
    while (i < kept.length && kept[i] === '0') i++;
    const out = kept.slice(i).join('');
    return out === '' ? '0' : out;
};
