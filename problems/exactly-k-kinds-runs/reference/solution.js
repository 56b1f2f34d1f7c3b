/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var subarraysWithKDistinct = function(nums, k) {
    const atMost = (m) => {
        const counts = new Map();
        let left = 0, total = 0;
        for (let right = 0; right < nums.length; right++) {
            counts.set(nums[right], (counts.get(nums[right]) || 0) + 1);
            while (counts.size > m) {
                const gone = nums[left];
                counts.set(gone, counts.get(gone) - 1);
                if (counts.get(gone) === 0) counts.delete(gone);
                left++;
            }
            total += right - left + 1;
        }
        return total;
    };
    return atMost(k) - atMost(k - 1);
};
