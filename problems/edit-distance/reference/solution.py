def min_distance(word1: str, word2: str) -> int:
    row = list(range(len(word2) + 1))
    for i, a in enumerate(word1, 1):
        new = [i]
        for j, b in enumerate(word2, 1):
            if a == b:
                new.append(row[j - 1])
            else:
                new.append(1 + min(row[j], new[j - 1], row[j - 1]))
        row = new
    return row[-1]
