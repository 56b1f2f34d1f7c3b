"""Hidden tests for letter-board-trace."""

import random

SEED = 2026


def _board(rng: random.Random, rows: int, cols: int, letters: str) -> list[list[str]]:
    return [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]


def _walk_word(rng: random.Random, board: list[list[str]], length: int) -> str:
    """A word read along a random self-avoiding path (so it can be traced)."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    path = [(r, c)]
    while len(path) < length:
        options = [(y, x) for y, x in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                   if 0 <= y < rows and 0 <= x < cols and (y, x) not in path]
        if not options:
            break
        r, c = rng.choice(options)
        path.append((r, c))
    return "".join(board[y][x] for y, x in path)


def _rows(*lines: str) -> list[list[str]]:
    return [list(line) for line in lines]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single cell match", {"board": [["q"]], "word": "q"}),
        ("single cell, wrong case", {"board": [["q"]], "word": "Q"}),
        ("word longer than the board", {"board": _rows("ab", "cd"), "word": "abdca"}),
        ("would need to reuse a cell", {"board": _rows("ab", "cd"), "word": "aba"}),
        ("loop using every cell", {"board": _rows("ab", "dc"), "word": "abcd"}),
        ("diagonal step not allowed", {"board": _rows("ax", "xb"), "word": "ab"}),
        ("letter missing from the board", {"board": _rows("CAT", "ORS"), "word": "CATZ"}),
        ("first branch is a dead end", {"board": _rows("AAAA", "AAAA", "AAAB"), "word": "AAAAAAAAAAAB"}),
        ("all same letter, too long", {"board": _rows("aaa", "aaa"), "word": "aaaaaaa"}),
        ("snake through the whole board", {"board": _rows("abc", "fed", "ghi"), "word": "abcdefghi"}),
        ("mixed case", {"board": _rows("aA", "Aa"), "word": "aAaA"}),
        ("one row", {"board": _rows("HELLO"), "word": "OLLEH"}),
        ("one column", {"board": [["x"], ["y"], ["z"]], "word": "zyx"}),
    ]
    for _ in range(4):
        b = _board(rng, rng.randint(2, 5), rng.randint(2, 5), "ABC")
        out.append(("random traceable word", {"board": b, "word": _walk_word(rng, b, rng.randint(2, 8))}))
    for _ in range(3):
        b = _board(rng, rng.randint(2, 5), rng.randint(2, 5), "ABC")
        out.append(("random word", {"board": b, "word": "".join(rng.choice("ABC") for _ in range(rng.randint(3, 8)))}))
    out.append(("largest board, many near misses", {"board": [["a"] * 6 for _ in range(6)], "word": "a" * 8 + "b"}))
    b = _board(rng, 6, 6, "ab")
    out.append(("largest board, long traceable word", {"board": b, "word": _walk_word(rng, b, 15)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
