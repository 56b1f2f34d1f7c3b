def longest_word(words: list[str]) -> str:
    # Check every beginning of every word by scanning the whole list: quadratic.
    best = ""
    for w in words:
        if all(any(other == w[:i] for other in words) for i in range(1, len(w))):
            if len(w) > len(best) or (len(w) == len(best) and w < best):
                best = w
    return best
