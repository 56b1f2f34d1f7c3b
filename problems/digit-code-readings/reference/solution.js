/**
 * @param {string} code
 * @return {number}
 */
var countReadings = function(code) {
    const MOD = 1000000007;
    let twoBack = 1, oneBack = 1;
    for (let i = 0; i < code.length; i++) {
        let here = code[i] !== '0' ? oneBack : 0;
        if (i > 0) {
            const pair = Number(code[i - 1]) * 10 + Number(code[i]);
            if (pair >= 10 && pair <= 26) here += twoBack;
        }
        twoBack = oneBack;
        oneBack = here % MOD;
    }
    return oneBack;
};
