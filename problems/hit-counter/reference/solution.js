var HitCounter = function() {
    this.hits = [];
    this.start = 0; // hits before `start` have left the window
};

/**
 * @param {number} timestamp
 * @return {void}
 */
HitCounter.prototype.hit = function(timestamp) {
    this.hits.push(timestamp);
};

/**
 * @param {number} timestamp
 * @return {number}
 */
HitCounter.prototype.getHits = function(timestamp) {
    while (this.start < this.hits.length && this.hits[this.start] <= timestamp - 300) {
        this.start++;
    }
    return this.hits.length - this.start;
};
