def longest_common_subsequence(text1: str, text2: str) -> int:
    row = [0] * (len(text2) + 1)
    for a in text1:
        new = [0]
        for j, b in enumerate(text2):
            new.append(row[j] + 1 if a == b else max(row[j + 1], new[j]))
        row = new
    return row[-1]
