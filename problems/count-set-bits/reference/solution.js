/**
 * @param {number} panel
 * @return {number}
 */
var switchesOn = function(panel) {
    let count = 0;
    while (panel > 0) {
        count += panel % 2;
        panel = Math.floor(panel / 2);
    }
    return count;
};
