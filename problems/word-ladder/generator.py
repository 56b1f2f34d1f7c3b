"""Hidden tests for word-ladder."""

import random

SEED = 2026


def _word(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _case(rng: random.Random, length: int, count: int, alphabet: str, include_end: bool = True) -> dict:
    words = {_word(rng, length, alphabet) for _ in range(count)}
    # add a few mutation chains so ladders actually exist
    start = _word(rng, length, alphabet)
    w = start
    for _ in range(rng.randint(2, 12)):
        i = rng.randrange(length)
        w = w[:i] + rng.choice(alphabet) + w[i + 1 :]
        words.add(w)
    end = w if w != start else _word(rng, length, alphabet)
    words.discard(start)
    if include_end:
        words.add(end)
    else:
        words.discard(end)
    if end == start:
        end = start[:-1] + ("a" if start[-1] != "a" else "b")
    words_list = sorted(words)
    rng.shuffle(words_list)
    return {"begin_word": start, "end_word": end, "word_list": words_list}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("one letter words", {"begin_word": "a", "end_word": "c", "word_list": ["a", "b", "c"]}),
        ("direct neighbour", {"begin_word": "ab", "end_word": "ac", "word_list": ["ac"]}),
        ("end word missing", {"begin_word": "hit", "end_word": "cog", "word_list": ["hot", "dot", "dog", "lot", "log"]}),
        ("classic", {"begin_word": "hit", "end_word": "cog", "word_list": ["hot", "dot", "dog", "lot", "log", "cog"]}),
        ("begin word in the list", {"begin_word": "hot", "end_word": "dog", "word_list": ["hot", "dog", "dot"]}),
        ("disconnected", {"begin_word": "aaa", "end_word": "zzz", "word_list": ["zzz", "zzy", "aab"]}),
        ("change every letter", {"begin_word": "abc", "end_word": "xyz", "word_list": ["xbc", "xyc", "xyz", "abz"]}),
        ("two letters differ is not a step", {"begin_word": "ab", "end_word": "cd", "word_list": ["cd"]}),
        ("long words", {"begin_word": "abcdefghij", "end_word": "abcdefghiz", "word_list": ["abcdefghiz", "zbcdefghij"]}),
    ]
    for _ in range(8):
        out.append(("random", _case(rng, rng.randint(2, 4), rng.randint(5, 60), "abcde")))
    out.append(("random end missing", _case(rng, 3, 40, "abcd", include_end=False)))
    out.append(("random wide", _case(rng, 5, 300, "abcdefghijklmnopqrstuvwxyz")))
    out.append(("large dense", _case(rng, 4, 5000, "abcdefghij")))
    out.append(("large sparse", _case(rng, 6, 5000, "abcdefghijklmnopqrstuvwxyz")))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """N = n / 8 words of L = 3n letters forming one ladder, for the complexity probe.

    The target O(N * L^2) grows both N and L with n (so it reads as O(n^3)); words far
    longer than the statement's 10 letters make the L^2 of building and hashing each
    wildcard pattern outweigh the fixed cost per pattern. Each word changes one letter
    of the one before (a different position each time), so the search walks every word
    before it reaches the end word, the last one.
    """
    count, length = max(2, n // 8), 3 * max(1, n)
    letters = [_word(rng, 1, "abcdefghij") for _ in range(length)]
    chain = ["".join(letters)]
    for i in range(count):
        letters[i] = "z" if letters[i] != "z" else "y"
        chain.append("".join(letters))
    words = chain[1:]
    rng.shuffle(words)
    return {"begin_word": chain[0], "end_word": chain[-1], "word_list": words}
