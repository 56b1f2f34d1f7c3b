/**
 * @param {string} s
 * @return {boolean}
 */
var isPalindrome = function(s) {
    const ok = c => /[A-Za-z0-9]/.test(c);
    let left = 0, right = s.length - 1;
    while (left < right) {
        if (!ok(s[left])) left++;
        else if (!ok(s[right])) right--;
        else if (s[left].toLowerCase() !== s[right].toLowerCase()) return false;
        else { left++; right--; }
    }
    return true;
};
