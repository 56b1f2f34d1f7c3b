/**
 * @param {number[]} toll
 * @return {number}
 */
var cheapestClimb = function(toll) {
    let far = 0, near = 0;
    for (let i = 2; i <= toll.length; i++) {
        const here = Math.min(near + toll[i - 1], far + toll[i - 2]);
        far = near;
        near = here;
    }
    return near;
};
