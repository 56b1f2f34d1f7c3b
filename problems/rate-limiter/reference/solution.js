/**
 * @param {number} limit
 * @param {number} window
 */
var RateLimiter = function(limit, window) {
    this.limit = limit;
    this.window = window;
    this.accepted = new Map(); // client -> {times: [...], start: index of the oldest live time}
};

/**
 * @param {string} client
 * @param {number} timestamp
 * @return {boolean}
 */
RateLimiter.prototype.allow = function(client, timestamp) {
    let q = this.accepted.get(client);
    if (q === undefined) {
        q = { times: [], start: 0 };
        this.accepted.set(client, q);
    }
    while (q.start < q.times.length && q.times[q.start] <= timestamp - this.window) q.start++;
    if (q.times.length - q.start < this.limit) {
        q.times.push(timestamp);
        return true;
    }
    return false;
};
