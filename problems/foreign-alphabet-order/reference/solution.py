def alien_order(words: list[str]) -> str:
    present = [False] * 26
    for w in words:
        for ch in w:
            present[ord(ch) - 97] = True
    after = [[False] * 26 for _ in range(26)]
    indegree = [0] * 26
    for a, b in zip(words, words[1:]):
        for x, y in zip(a, b):
            if x != y:
                i, j = ord(x) - 97, ord(y) - 97
                if not after[i][j]:
                    after[i][j] = True
                    indegree[j] += 1
                break
        else:
            if len(a) > len(b):
                return ""
    order = []
    used = [False] * 26
    while True:
        pick = next((k for k in range(26) if present[k] and not used[k] and indegree[k] == 0), -1)
        if pick == -1:
            break
        used[pick] = True
        order.append(chr(pick + 97))
        for j in range(26):
            if after[pick][j]:
                indegree[j] -= 1
    return "".join(order) if len(order) == sum(present) else ""
