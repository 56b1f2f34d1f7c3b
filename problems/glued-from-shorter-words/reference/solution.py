def find_all_concatenated_words_in_a_dict(words: list[str]) -> list[str]:
    root: dict = {}
    for w in words:
        node = root
        for letter in w:
            node = node.setdefault(letter, {})
        node["$"] = True
    out = []
    for w in words:
        m = len(w)
        good = [False] * (m + 1)
        good[0] = True
        for i in range(m):
            if not good[i]:
                continue
            node = root
            for j in range(i, m):
                node = node.get(w[j])
                if node is None:
                    break
                if "$" in node and not (i == 0 and j + 1 == m):
                    good[j + 1] = True
        if good[m]:
            out.append(w)
    return out
