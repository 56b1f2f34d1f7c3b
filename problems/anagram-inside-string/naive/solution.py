def check_inclusion(word: str, text: str) -> bool:
    target = sorted(word)
    n = len(word)
    for i in range(len(text) - n + 1):
        if sorted(text[i : i + n]) == target:
            return True
    return False
