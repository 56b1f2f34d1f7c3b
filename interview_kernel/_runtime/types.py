"""The type layer: signature types, their names in each language, and LeetCode values.

Problem signatures are written in Python notation (``int``, ``list[list[int]]``,
``ListNode``, ``TreeNode``). This module parses them (:func:`parse`), names them
in C++, Java and JavaScript (:meth:`Type.cpp` and friends, for starter code and
harness generation), and converts test data to and from native Python values
the way LeetCode serialises them: a linked list is the list of its values, a
binary tree is its level-order list with ``None`` for missing children and no
trailing ``None``. Other languages' harnesses do the same conversion natively.

It is imported inside the sandbox (the Python worker) and by the trusted side
(starter code), so it uses only the standard library.
"""

from __future__ import annotations

import functools
from collections import deque
from dataclasses import dataclass
from typing import Any

MAX_NODES = 1_000_000
_SCALARS = {
    "int": "int",
    "long": "long",
    "float": "float",
    "double": "float",
    "bool": "bool",
    "boolean": "bool",
    "str": "str",
    "string": "str",
    "char": "char",
    "none": "void",
    "void": "void",
    "any": "any",
    "listnode": "listnode",
    "treenode": "treenode",
}


class TypeSyntaxError(ValueError):
    """A signature type this layer cannot read."""


class ListNode:
    """A singly linked list node, as LeetCode defines it."""

    def __init__(self, val: Any = 0, next: ListNode | None = None):  # noqa: A002
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        vals: list[str] = []
        node: ListNode | None = self
        while node is not None and len(vals) < 50:
            vals.append(repr(node.val))
            node = node.next
        return "ListNode(" + " -> ".join(vals) + (" -> ..." if node is not None else "") + ")"


class TreeNode:
    """A binary tree node, as LeetCode defines it."""

    def __init__(self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


@dataclass(frozen=True)
class Type:
    """A parsed signature type: a scalar kind, a node kind, or ``list`` of an item type."""

    kind: str
    item: Type | None = None

    @property
    def has_nodes(self) -> bool:
        """Whether values of this type need converting (they hold list or tree nodes)."""
        if self.kind in ("listnode", "treenode"):
            return True
        return self.item is not None and self.item.has_nodes

    @property
    def depth(self) -> int:
        """How many ``list[...]`` wrap the innermost type."""
        return 1 + self.item.depth if self.item is not None else 0

    @property
    def leaf(self) -> Type:
        """The innermost, non-list type."""
        return self.item.leaf if self.item is not None else self

    def cpp(self) -> str:
        """The C++ type (LeetCode style: ``vector<int>``, ``ListNode*``, ``long long``)."""
        if self.item is not None:
            inner = self.item.cpp()
            return f"vector<{inner}>"
        return {
            "int": "int",
            "long": "long long",
            "float": "double",
            "bool": "bool",
            "str": "string",
            "char": "char",
            "void": "void",
            "any": "string",
            "listnode": "ListNode*",
            "treenode": "TreeNode*",
        }[self.kind]

    def cpp_param(self) -> str:
        """The C++ parameter type: containers by reference, as LeetCode writes them."""
        return f"{self.cpp()}&" if self.item is not None else self.cpp()

    def java(self, returned: bool = False) -> str:
        """The Java type: arrays for parameters and flat returns, ``List`` for nested returns."""
        if self.item is not None:
            if returned and self.depth > 1:
                return f"List<{self.item.java_boxed()}>"
            return f"{self.item.java(returned)}[]"
        return {
            "int": "int",
            "long": "long",
            "float": "double",
            "bool": "boolean",
            "str": "String",
            "char": "char",
            "void": "void",
            "any": "Object",
            "listnode": "ListNode",
            "treenode": "TreeNode",
        }[self.kind]

    def java_boxed(self) -> str:
        """The Java type as a generic argument (``Integer``, ``List<String>``)."""
        if self.item is not None:
            return f"List<{self.item.java_boxed()}>"
        return {
            "int": "Integer",
            "long": "Long",
            "float": "Double",
            "bool": "Boolean",
            "char": "Character",
        }.get(self.kind, self.java())

    def js(self) -> str:
        """The JSDoc type (``number[]``, ``ListNode``)."""
        if self.item is not None:
            return f"{self.item.js()}[]"
        return {
            "int": "number",
            "long": "number",
            "float": "number",
            "bool": "boolean",
            "str": "string",
            "char": "character",
            "void": "void",
            "any": "*",
            "listnode": "ListNode",
            "treenode": "TreeNode",
        }[self.kind]

    def __str__(self) -> str:
        return f"list[{self.item}]" if self.item is not None else self.kind


@functools.lru_cache(maxsize=512)
def parse(text: str) -> Type:
    """Parse a signature type such as ``list[list[int]]`` or ``TreeNode``.

    Parameters
    ----------
    text
        The type in Python notation; ``long``, ``double``, ``string`` and
        ``None`` are accepted as aliases, and ``Optional[...]`` is read as its
        argument (a node may always be ``None``).

    Raises
    ------
    TypeSyntaxError
        The text is not a type this layer supports.
    """
    s = text.strip().replace(" ", "")
    low = s.lower()
    if low.startswith(("list[", "optional[")) and s.endswith("]"):
        inner = parse(s[s.index("[") + 1 : -1])
        return inner if low.startswith("optional[") else Type("list", inner)
    if low in ("list", "list[]"):
        return Type("list", Type("any"))
    kind = _SCALARS.get(low)
    if kind is None:
        raise TypeSyntaxError(
            f"unsupported type {text!r}: use int, long, float, bool, str, ListNode, TreeNode "
            "or list[...] of these"
        )
    return Type(kind)


# -- LeetCode serialisation <-> Python values ----------------------------------


def build_list(values: list[Any] | None, node: type = ListNode) -> Any:
    """A linked list from its values (``[]`` or ``None`` is the empty list, ``None``)."""
    head = None
    for v in reversed(values or []):
        head = node(v, head)
    return head


def list_values(head: Any) -> list[Any]:
    """The values of a linked list, refusing cycles and absurd lengths."""
    out: list[Any] = []
    seen: set[int] = set()
    node = head
    while node is not None:
        if id(node) in seen:
            raise ValueError("the returned linked list has a cycle")
        if len(out) >= MAX_NODES:
            raise ValueError(f"the returned linked list is longer than {MAX_NODES} nodes")
        seen.add(id(node))
        out.append(node.val)
        node = node.next
    return out


def build_tree(values: list[Any] | None, node: type = TreeNode) -> Any:
    """A binary tree from its LeetCode level-order list (``None`` marks a missing child)."""
    if not values or values[0] is None:
        return None
    root = node(values[0])
    queue = deque([root])
    i = 1
    n = len(values)
    while queue and i < n:
        cur = queue.popleft()
        if i < n and values[i] is not None:
            cur.left = node(values[i])
            queue.append(cur.left)
        i += 1
        if i < n and values[i] is not None:
            cur.right = node(values[i])
            queue.append(cur.right)
        i += 1
    return root


def tree_values(root: Any) -> list[Any]:
    """The LeetCode level-order list of a binary tree, refusing shared nodes and cycles."""
    out: list[Any] = []
    seen: set[int] = set()
    queue: deque[Any] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise ValueError("the returned tree has a cycle or a shared node")
        if len(seen) >= MAX_NODES:
            raise ValueError(f"the returned tree has more than {MAX_NODES} nodes")
        seen.add(id(node))
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def to_native(value: Any, t: Type) -> Any:
    """Turn test data into the Python value a candidate's function receives."""
    if t.kind == "listnode":
        return build_list(value)
    if t.kind == "treenode":
        return build_tree(value)
    if t.item is not None and t.has_nodes and value is not None:
        return [to_native(v, t.item) for v in value]
    return value


def from_native(value: Any, t: Type) -> Any:
    """Turn a candidate's returned Python value into test data."""
    if t.kind == "listnode":
        return list_values(value)
    if t.kind == "treenode":
        return tree_values(value)
    if t.item is not None and t.has_nodes and value is not None:
        return [from_native(v, t.item) for v in value]
    return value


def camel(name: str) -> str:
    """``two_sum`` -> ``twoSum``; a name already in camelCase is kept."""
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def snake(name: str) -> str:
    """``twoSum`` -> ``two_sum``; a name already in snake_case is kept."""
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and name[i - 1] != "_":
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
