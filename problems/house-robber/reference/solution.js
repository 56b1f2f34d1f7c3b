/**
 * @param {number[]} stash
 * @return {number}
 */
var maxHaul = function(stash) {
    let twoBack = 0, oneBack = 0;
    for (const s of stash) {
        const here = Math.max(oneBack, twoBack + s);
        twoBack = oneBack;
        oneBack = here;
    }
    return oneBack;
};
