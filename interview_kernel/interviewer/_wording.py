"""What the coding interviewer says about approaches and when the candidate is stuck.

Data only (strings, a few format templates and two tiny formatters), so the
logic in :mod:`.approach` and :mod:`.coding` reads as decisions and the wording
can be changed in one place.
"""

from __future__ import annotations

import math
import re

PER_ITEM = re.compile(
    r"\b(each|every|per|all the)\s+(word|string|item|element|row|key|entry|interval|point|list|"
    r"stem|name)s?\b",
    re.IGNORECASE,
)
"""A question about sorting *each* word (a small sort per item), not the whole input."""

COSTS: dict[str, str] = {
    "sorting": "O(n log n)",
    "hash map": "O(n)",
    "counting array": "O(n)",
    "heap": "O(n log n)",
    "two pointers": "O(n)",
    "binary search": "O(log n)",
    "brute force": "O(n^2)",
    "stack": "O(n)",
    "graph search": "O(V + E)",
    "sliding window": "O(n)",
    "trie": "O(n)",
    "union-find": "O(n)",
    "prefix sums": "O(n)",
    "bit tricks": "O(n)",
}
"""The usual total time of a technique over an input of size n (absent: it depends)."""

WHAT_IT_DOES: dict[str, str] = {
    "sorting": "Sorting n items costs O(n log n) time, plus up to O(n) memory depending on "
    "the sort.",
    "hash map": "A hash map or set gives expected O(1) inserts and lookups, so one pass over "
    "n items costs O(n) time, paid for with O(n) extra memory.",
    "counting array": "A counting array swaps hashing for direct indexing: O(1) per update and "
    "no hashing cost, but it needs one slot per possible key, so it only pays off when the "
    "keys come from a small, bounded set.",
    "heap": "A heap costs O(log m) per push or pop when it holds m items: O(n log n) for n "
    "items, or O(n log k) if you never let it grow beyond k.",
    "two pointers": "Two pointers walk the data once, from both ends or at two speeds: O(n) "
    "time and O(1) extra memory, but they rely on an order in the data that tells each "
    "pointer which way to move.",
    "binary search": "Binary search halves the search space at every step: O(log n) per "
    "search, but only over sorted data or a condition that flips once from false to true.",
    "dynamic programming": "A DP table stores one answer per subproblem: the time is the "
    "number of entries times the work per entry, and the memory is the table's size unless "
    "you keep only the part you still need.",
    "brute force": "Trying every pair (or every option) is the simplest correct start; over "
    "pairs it costs O(n^2) time.",
    "recursion": "Recursion or backtracking explores the choices one at a time; unpruned it "
    "grows exponentially, and its call depth grows with the input, which matters in "
    "languages with small stacks.",
    "stack": "A stack handles each item with at most one push and one pop: O(n) time in "
    "total and up to O(n) memory.",
    "graph search": "BFS or DFS visits every node and edge once: O(V + E) time, plus memory "
    "for the visited marks and the queue or call stack.",
    "sliding window": "A sliding window moves each of its ends forward at most n times: O(n) "
    "time, as long as you can update what the window knows in O(1) per step.",
    "trie": "A trie costs time and memory in proportion to the total length of the words "
    "stored; after that, following a prefix costs only the prefix's length.",
    "union-find": "Union-find merges and queries groups in nearly O(1) amortised time per "
    "operation, with path compression and union by rank.",
    "greedy": "A greedy rule is usually cheap (often one sort and one pass), but it needs an "
    "argument that the local choice is always safe; a single counterexample sinks it.",
    "prefix sums": "Prefix sums cost O(n) to build and then give any range sum in O(1), at "
    "O(n) extra memory.",
    "bit tricks": "Bit operations such as XOR and shifts cost O(1) per value on fixed-width "
    "integers and need no extra memory.",
}

SORT_EACH = (
    "Sorting each item costs O(k log k) for an item of length k, so O(n k log k) over n "
    "items: close to linear when k is bounded by a small constant, but still more than the "
    "O(k) it takes just to read each item."
)

AGAINST_TARGET: dict[int, str] = {
    1: "{cost} is above the {target} this problem can be solved in: fine for a first correct "
    "version, not for the final one.",
    0: "{cost} matches the {target} target of this problem.",
    -1: "{cost} is below the {target} target, so its cost is not the obstacle here.",
}
"""Keyed by :func:`interview_kernel.bigo.compare` of the technique's cost against the target."""

COUNTING_ALPHABET = (
    "Here the strings use only {alphabet}, so an array of {size} counters is small and fixed."
)
COUNTING_RANGE_SMALL = (
    "Here the values lie between {low} and {high}, about {span} possible values: an array "
    "that size is feasible, though mostly empty when the input is small."
)
COUNTING_RANGE_WIDE = (
    "Here the values lie between {low} and {high}, about {span} possible values: far too "
    "many slots to index by value."
)
COUNTING_NONE = "This problem's input has no small alphabet or value range to index by."

SORTED_INPUT: dict[bool | None, str] = {
    True: "Here the input already arrives sorted.",
    False: "Here the input is not sorted, so you would pay O(n log n) to sort it first.",
    None: "",
}
SORT_INDICES = (
    "Sorting moves items, so if the answer is made of original positions you have to carry "
    "them along."
)
SORT_ALREADY = "The input already arrives sorted, so check whether you need to sort at all."
DP_SPACE = (
    "The space target here is {space}, so ask yourself how much of the table you need at once."
)
SPACE_TIGHT = "Its O(n) extra memory is above this problem's {space} space target."
SAME_COST = "In big-O terms the two cost the same here, so constant factors and simplicity decide."

CLOSINGS: tuple[str, ...] = (
    "Whether it gives the right answer is for you to argue: try it on the first example.",
    "If you go that way, tell me the complexity you expect and how you'd check it is correct.",
    "Your call: sketch it, trace it on an example, and tell me where it might break.",
    "Try it by hand on the examples before you code it.",
)


def power_of_ten(n: int) -> str:
    """An integer as constraints write it: ``100000`` -> ``10^5``, ``30000`` -> ``3 * 10^4``.

    Examples
    --------
    >>> power_of_ten(100000), power_of_ten(-30000), power_of_ten(2000), power_of_ten(2**31 - 1)
    ('10^5', '-3 * 10^4', '2000', '2^31 - 1')
    """
    sign = "-" if n < 0 else ""
    m = abs(n)
    if m == 2**31 - 1:
        return f"{sign}2^31 - 1"
    if m == 2**31:
        return f"{sign}2^31"
    if m >= 10**4:
        k = len(str(m)) - 1
        lead, rest = divmod(m, 10**k)
        if rest == 0:
            return f"{sign}10^{k}" if lead == 1 else f"{sign}{lead} * 10^{k}"
    return f"{sign}{m}"


def approximately(n: int) -> str:
    """A large count in round figures: ``2000000001`` -> ``2 * 10^9``, ``20001`` -> ``2 * 10^4``.

    Examples
    --------
    >>> approximately(2_000_000_001), approximately(20_001), approximately(999)
    ('2 * 10^9', '2 * 10^4', '999')
    """
    if n < 10**4:
        return str(n)
    k = len(str(n)) - 1
    lead = round(n / 10**k)
    if lead == 10:
        lead, k = 1, k + 1
    return f"10^{k}" if lead == 1 else f"{lead} * 10^{k}"


def size_remark(complexity: str, size: str, work: float) -> str:
    """What a complexity means at the largest input: "about 10^10 steps, far too slow"."""
    if math.isinf(work):
        amount = "an astronomical number of steps"
    else:
        amount = f"roughly 10^{max(0, round(math.log10(max(work, 1.0))))} basic steps"
    if work <= 2e7:
        verdict = "well within a time limit"
    elif work <= 2e8:
        verdict = "borderline for a time limit"
    else:
        verdict = "far too slow for a time limit"
    return f"With inputs of up to {size}, {complexity} is {amount}: {verdict}."


STUCK_ENCOURAGE = (
    "That's normal, let's get unstuck. Take the first example and solve it by hand, saying "
    "each step out loud; then write the most direct solution, even if it is slow. If you "
    "want, ask for a hint (hints are counted in your score)."
)
STUCK_NEXT = "Let's take it one step further."

NO_HINTS = (
    "I don't have a prepared hint for this one. Try the simplest correct approach first, "
    "then ask yourself which repeated work you could avoid."
)

EXHAUSTED: tuple[str, ...] = (
    'You have had all {count} hints I have. The last one was: "{last}" Try turning that into '
    "code step by step; I'm happy to look at your approach.",
    'Let\'s put the last hint in other words. It said: "{last}" Which single line of code '
    "would its first step be?",
    'Go back one rung: "{earlier}" Which part of that does your code already do, and which '
    "part is missing?",
    "Take the smallest input that still matters and solve it by hand, writing down every "
    "step; each step you repeat is a line of your loop.",
    "Write the slowest version you are sure is correct, even a brute force: a working "
    "version gives us something concrete to improve.",
    "Tell me what your code does right now, line by line; saying it out loud often shows the gap.",
)
"""Said in turn once the ladder is exhausted, so that "I'm stuck" never gets the same reply."""

EXHAUSTED_AGAIN = (
    " (We've been round all my suggestions {round} times now; shall we look at your code "
    "together instead?)"
)
