var TimeMap = function() {
    this.entries = new Map(); // key -> [[timestamp, value], ...] in time order
};

/**
 * @param {string} key
 * @param {string} value
 * @param {number} timestamp
 * @return {void}
 */
TimeMap.prototype.set = function(key, value, timestamp) {
    if (!this.entries.has(key)) this.entries.set(key, []);
    this.entries.get(key).push([timestamp, value]);
};

/**
 * @param {string} key
 * @param {number} timestamp
 * @return {string}
 */
TimeMap.prototype.get = function(key, timestamp) {
    const list = this.entries.get(key);
    if (!list) return "";
    let lo = 0, hi = list.length; // first index with a time after `timestamp`
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid][0] <= timestamp) lo = mid + 1; else hi = mid;
    }
    return lo === 0 ? "" : list[lo - 1][1];
};
