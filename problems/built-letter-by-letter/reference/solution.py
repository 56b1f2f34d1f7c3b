def longest_word(words: list[str]) -> str:
    root: dict = {}
    for w in words:
        node = root
        for letter in w:
            node = node.setdefault(letter, {})
        node["$"] = w
    best = ""
    stack = [root]
    while stack:
        node = stack.pop()
        for letter in sorted((k for k in node if k != "$"), reverse=True):
            child = node[letter]
            if "$" in child:
                w = child["$"]
                if len(w) > len(best) or (len(w) == len(best) and w < best):
                    best = w
                stack.append(child)
    return best
