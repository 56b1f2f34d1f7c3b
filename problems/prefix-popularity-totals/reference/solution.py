def sum_prefix_scores(words: list[str]) -> list[int]:
    root: dict = {}
    for w in words:
        node = root
        for letter in w:
            node = node.setdefault(letter, {"#": 0})
            node["#"] += 1
    out = []
    for w in words:
        node, total = root, 0
        for letter in w:
            node = node[letter]
            total += node["#"]
        out.append(total)
    return out
