def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def walk(r: int, c: int, parent: dict) -> None:
        ch = board[r][c]
        node = parent.get(ch)
        if node is None:
            return
        if "$" in node:
            found.append(node.pop("$"))
        board[r][c] = "#"
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] != "#":
                walk(nr, nc, node)
        board[r][c] = ch
        if not node:
            del parent[ch]

    for r in range(rows):
        for c in range(cols):
            walk(r, c, trie)
    return sorted(found)
