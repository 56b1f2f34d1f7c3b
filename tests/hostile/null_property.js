// expect: RE TypeError
var add = function(a, b) {
    const o = null;
    return o.value + a + b;
};
