/**
 * @param {number[]} guests
 * @return {number[][]}
 */
var seatings = function(guests) {
    const n = guests.length;
    const used = new Array(n).fill(false);
    const row = [], out = [];
    const place = () => {
        if (row.length === n) {
            out.push(row.slice());
            return;
        }
        for (let k = 0; k < n; k++) {
            if (used[k]) continue;
            used[k] = true;
            row.push(guests[k]);
            place();
            row.pop();
            used[k] = false;
        }
    };
    place();
    return out;
};
