/**
 * @param {number} n
 * @param {number[][]} flights
 * @param {number} src
 * @param {number} dst
 * @param {number} k
 * @return {number}
 */
var cheapestFare = function(n, flights, src, dst, k) {
    let price = new Array(n).fill(Infinity);
    price[src] = 0;
    for (let round = 0; round <= k; round++) {
        const next = price.slice();
        for (const [a, b, p] of flights) {
            if (price[a] + p < next[b]) next[b] = price[a] + p;
        }
        price = next;
    }
    return price[dst] === Infinity ? -1 : price[dst];
};
