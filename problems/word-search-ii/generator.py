"""Hidden tests for word-search-ii."""

import random

SEED = 2026


def _board(rng: random.Random, rows: int, cols: int, alphabet: str) -> list[list[str]]:
    return [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]


def _path_word(rng: random.Random, board: list[list[str]], length: int) -> str:
    """A word spelled by a random self-avoiding path (so it is in the grid)."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    seen = {(r, c)}
    letters = [board[r][c]]
    for _ in range(length - 1):
        steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))]
        steps = [(a, b) for a, b in steps if 0 <= a < rows and 0 <= b < cols and (a, b) not in seen]
        if not steps:
            break
        r, c = rng.choice(steps)
        seen.add((r, c))
        letters.append(board[r][c])
    return "".join(letters)


def _case(rng: random.Random, rows: int, cols: int, n_words: int, alphabet: str) -> dict:
    board = _board(rng, rows, cols, alphabet)
    words = []
    for _ in range(n_words):
        if rng.random() < 0.5:
            words.append(_path_word(rng, board, rng.randint(1, 10)))
        else:
            words.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))))
    return {"board": board, "words": words}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single cell hit", {"board": [["a"]], "words": ["a"]}),
        ("single cell miss", {"board": [["a"]], "words": ["b", "aa"]}),
        ("cell reuse not allowed", {"board": [["a", "b"]], "words": ["aba", "ab", "ba"]}),
        ("duplicate words", {"board": [["c", "a", "t"]], "words": ["cat", "cat", "tac"]}),
        ("word is a prefix of another", {"board": [["a", "b", "c"], ["f", "e", "d"]], "words": ["ab", "abc", "abcdef", "abcdefg"]}),
        ("snake path", {"board": [["a", "b", "c"], ["f", "e", "d"], ["g", "h", "i"]], "words": ["abcdefghi", "adg", "aei"]}),
        ("all same letter", {"board": [["a"] * 4 for _ in range(4)], "words": ["a" * k for k in range(1, 18)]}),
        ("no diagonal moves", {"board": [["a", "x"], ["x", "b"]], "words": ["ab", "axb"]}),
        ("one row", {"board": [list("hello")], "words": ["hell", "olleh", "lo", "helo"]}),
        ("one column", {"board": [[ch] for ch in "world"], "words": ["world", "dlrow", "or", "wd"]}),
    ]
    for _ in range(8):
        rows, cols = rng.randint(1, 6), rng.randint(1, 6)
        out.append(("random", _case(rng, rows, cols, rng.randint(1, 20), "abcde")))
    out.append(("random wide alphabet", _case(rng, 8, 8, 60, "abcdefghijklmnopqrstuvwxyz")))
    out.append(("large board many words", _case(rng, 12, 12, 1_500, "abcdefghij")))
    out.append(("large same letters", {"board": [["a"] * 6 for _ in range(6)], "words": ["a" * k + "b" for k in range(1, 11)] + ["a" * 10]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]

