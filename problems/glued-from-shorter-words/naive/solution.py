def find_all_concatenated_words_in_a_dict(words: list[str]) -> list[str]:
    # Same cut-position idea, but every piece is looked up by scanning the whole list.
    out = []
    for w in words:
        m = len(w)
        good = [False] * (m + 1)
        good[0] = True
        for j in range(1, m + 1):
            for i in range(j):
                if good[i] and not (i == 0 and j == m) and any(x == w[i:j] for x in words):
                    good[j] = True
                    break
        if good[m]:
            out.append(w)
    return out
