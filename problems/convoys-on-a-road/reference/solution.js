/**
 * @param {number} target
 * @param {number[]} position
 * @param {number[]} speed
 * @return {number}
 */
var carFleet = function(target, position, speed) {
    const order = position.map((_, i) => i).sort((a, b) => position[b] - position[a]);
    const convoys = [];
    for (const i of order) {
        const distance = BigInt(target - position[i]), pace = BigInt(speed[i]);
        if (convoys.length === 0) { convoys.push([distance, pace]); continue; }
        const [leadDistance, leadPace] = convoys[convoys.length - 1];
        if (distance * leadPace > leadDistance * pace) convoys.push([distance, pace]);
    }
    return convoys.length;
};
