def wildcard_matches(words: list[str], queries: list[str]) -> list[bool]:
    root: dict = {}
    for w in words:
        node = root
        for letter in w:
            node = node.setdefault(letter, {})
        node["$"] = True
    out = []
    for q in queries:
        found = False
        stack = [(root, 0)]
        while stack and not found:
            node, i = stack.pop()
            if i == len(q):
                found = "$" in node
            elif q[i] == ".":
                stack.extend((child, i + 1) for key, child in node.items() if key != "$")
            elif q[i] in node:
                stack.append((node[q[i]], i + 1))
        out.append(found)
    return out
