"""Tagged JSON: the only format values take across the sandbox boundary.

Plain JSON carries ``None``, booleans, integers, strings, lists and dicts with
string keys. Everything else is tagged as ``{"$t": TAG, "v": ...}``: tuples,
sets, frozensets, dicts with non-string keys, bytes and non-finite floats. Only
exact builtin types are accepted; subclasses are reduced to their base value
through the base type's own slots, so an overridden ``__eq__`` or ``__iter__``
cannot travel. Nothing with behaviour is ever decoded (no pickle).
"""

from __future__ import annotations

import base64
import json
import math
from typing import Any

TAG = "$t"
MAX_DEPTH = 200
_SCALARS = frozenset({int, str, bool, type(None)})


class CodecError(ValueError):
    """A value that cannot cross the sandbox boundary."""


def _float(x: float) -> Any:
    if math.isnan(x):
        return {TAG: "float", "v": "nan"}
    if math.isinf(x):
        return {TAG: "float", "v": "inf" if x > 0 else "-inf"}
    return x


def to_data(value: Any, _depth: int = 0) -> Any:
    """Turn a Python value into JSON-ready data with tags (see the module docstring)."""
    if _depth > MAX_DEPTH:
        raise CodecError("value is nested too deeply")
    d = _depth + 1
    t = type(value)
    if value is None or t is bool or t is str:
        return value
    if t is int:
        return value
    if t is float:
        return _float(value)
    if t is list:
        kinds = set(map(type, value))
        if kinds <= _SCALARS:  # fast path: a flat list of plain scalars is already data
            return list(value)
        if kinds == {float} and all(map(math.isfinite, value)):
            return list(value)
        return [to_data(v, d) for v in value]
    if t is tuple:
        return {TAG: "tuple", "v": [to_data(v, d) for v in value]}
    if t is set or t is frozenset:
        items = [to_data(v, d) for v in value]
        items.sort(key=lambda x: json.dumps(x, sort_keys=True))
        return {TAG: t.__name__, "v": items}
    if t is dict:
        if all(type(k) is str for k in value) and TAG not in value:
            return {k: to_data(v, d) for k, v in value.items()}
        return {TAG: "dict", "v": [[to_data(k, d), to_data(v, d)] for k, v in value.items()]}
    if t is bytes or t is bytearray:
        return {TAG: "bytes", "v": base64.b64encode(bytes(value)).decode("ascii")}
    # Subclasses of builtins: take the base value through the base type's slots.
    if isinstance(value, bool):
        return bool.__bool__(value)
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return _float(float.__float__(value))
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, list):
        return [to_data(v, d) for v in list.__iter__(value)]
    if isinstance(value, tuple):
        return {TAG: "tuple", "v": [to_data(v, d) for v in tuple.__iter__(value)]}
    if isinstance(value, dict):
        return to_data(dict(dict.items(value)), _depth)
    raise CodecError(f"cannot send a value of type {t.__name__}; return plain data")


def from_data(data: Any, _depth: int = 0) -> Any:
    """Rebuild a Python value from tagged JSON data."""
    if _depth > MAX_DEPTH:
        raise CodecError("value is nested too deeply")
    d = _depth + 1
    if isinstance(data, list):
        if not set(map(type, data)) & {list, dict}:  # fast path: flat JSON is final
            return data
        return [from_data(v, d) for v in data]
    if isinstance(data, dict):
        tag = data.get(TAG)
        if tag is None:
            return {k: from_data(v, d) for k, v in data.items()}
        v: Any = data.get("v")
        if tag == "tuple":
            return tuple(from_data(x, d) for x in v)
        if tag == "set":
            return {_hashable(from_data(x, d)) for x in v}
        if tag == "frozenset":
            return frozenset(_hashable(from_data(x, d)) for x in v)
        if tag == "dict":
            return {_hashable(from_data(k, d)): from_data(x, d) for k, x in v}
        if tag == "bytes":
            return base64.b64decode(v)
        if tag == "float":
            return float(v)
        raise CodecError(f"unknown tag {tag!r}")
    return data


def _hashable(x: Any) -> Any:
    if isinstance(x, list):
        return tuple(_hashable(i) for i in x)
    return x


def dumps(value: Any) -> str:
    """Encode a value as tagged JSON text."""
    return json.dumps(to_data(value), separators=(",", ":"), allow_nan=False)


def loads(text: str | bytes) -> Any:
    """Decode tagged JSON text."""
    return from_data(json.loads(text))
