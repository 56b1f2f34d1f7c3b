def wildcard_matches(words: list[str], queries: list[str]) -> list[bool]:
    out = []
    for q in queries:
        found = False
        for w in words:
            if len(w) == len(q) and all(a == "." or a == b for a, b in zip(q, w)):
                found = True
                break
        out.append(found)
    return out
