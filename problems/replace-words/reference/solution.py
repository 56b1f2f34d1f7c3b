def replace_words(stems: list[str], sentence: str) -> str:
    trie: dict = {}
    for stem in stems:
        node = trie
        for ch in stem:
            node = node.setdefault(ch, {})
        node["$"] = True
    out = []
    for word in sentence.split(" "):
        node = trie
        replacement = word
        for i, ch in enumerate(word):
            if ch not in node:
                break
            node = node[ch]
            if "$" in node:
                replacement = word[: i + 1]
                break
        out.append(replacement)
    return " ".join(out)
