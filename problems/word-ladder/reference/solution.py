from collections import defaultdict, deque


def ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int:
    if end_word not in word_list:
        return 0
    groups: dict[str, list[str]] = defaultdict(list)
    for word in word_list:
        for i in range(len(word)):
            groups[word[:i] + "*" + word[i + 1 :]].append(word)
    visited = {begin_word}
    queue = deque([(begin_word, 1)])
    while queue:
        word, depth = queue.popleft()
        for i in range(len(word)):
            pattern = word[:i] + "*" + word[i + 1 :]
            for nxt in groups.pop(pattern, []):
                if nxt == end_word:
                    return depth + 1
                if nxt not in visited:
                    visited.add(nxt)
                    queue.append((nxt, depth + 1))
    return 0
