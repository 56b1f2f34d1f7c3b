/**
 * @param {number} length
 */
var SnapshotArray = function(length) {
    this.snapId = 0;
    this.ids = Array.from({ length }, () => [0]);
    this.values = Array.from({ length }, () => [0]);
};

/**
 * @param {number} index
 * @param {number} val
 * @return {void}
 */
SnapshotArray.prototype.set = function(index, val) {
    const ids = this.ids[index], values = this.values[index];
    if (ids[ids.length - 1] === this.snapId) {
        values[values.length - 1] = val;
    } else {
        ids.push(this.snapId);
        values.push(val);
    }
};

/**
 * @return {number}
 */
SnapshotArray.prototype.snap = function() {
    return this.snapId++;
};

/**
 * @param {number} index
 * @param {number} snap_id
 * @return {number}
 */
SnapshotArray.prototype.get = function(index, snap_id) {
    const ids = this.ids[index];
    let lo = 0, hi = ids.length; // first position with an id after snap_id
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ids[mid] <= snap_id) lo = mid + 1; else hi = mid;
    }
    return this.values[index][lo - 1];
};
