// expect: RE RangeError
var add = function f(a, b) {
    return f(a + 1, b) + 1;
};
