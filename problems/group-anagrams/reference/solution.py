def group_anagrams(words: list[str]) -> list[list[str]]:
    buckets: dict[str, list[str]] = {}
    for word in words:
        buckets.setdefault("".join(sorted(word)), []).append(word)
    return list(buckets.values())
