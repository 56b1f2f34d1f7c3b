import math

import pytest

from interview_kernel._runtime import codec


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        0,
        -7,
        10**30,
        "héllo",
        [1, 2, 3],
        [[1], [2, 3]],
        (1, "a"),
        {1, 2, 3},
        frozenset({"x"}),
        {"a": 1},
        {1: "one", (2, 3): [4]},
        b"\x00\xff",
        float("inf"),
        -float("inf"),
        1.5,
        [1.0, 2.5],
        {"$t": "not a tag"},
        [],
        {},
        [None, True, "s"],
    ],
)
def test_round_trip(value):
    assert codec.loads(codec.dumps(value)) == value


def test_nan_round_trips():
    assert math.isnan(codec.loads(codec.dumps(float("nan"))))


def test_tuples_stay_tuples_and_lists_stay_lists():
    assert type(codec.loads(codec.dumps((1, 2)))) is tuple
    assert type(codec.loads(codec.dumps([1, 2]))) is list


def test_objects_with_behaviour_are_refused():
    class Evil:
        def __eq__(self, other):
            return True

    with pytest.raises(codec.CodecError, match="Evil"):
        codec.dumps(Evil())


def test_subclasses_are_reduced_to_their_base_value():
    class Sneaky(int):
        def __eq__(self, other):
            return True

        __hash__ = int.__hash__

    data = codec.to_data(Sneaky(5))
    assert type(data) is int and data == 5
    assert type(codec.to_data(type("S", (str,), {})("x"))) is str


def test_unknown_tags_are_refused():
    with pytest.raises(codec.CodecError, match="unknown tag"):
        codec.from_data({"$t": "pickle", "v": "..."})


def test_deep_nesting_is_refused():
    v: list = []
    for _ in range(500):
        v = [v]
    with pytest.raises(codec.CodecError, match="deeply"):
        codec.to_data(v)


def test_fast_path_keeps_floats_finite_check():
    assert codec.to_data([1.0, float("inf")])[1] == {"$t": "float", "v": "inf"}
