def check_inclusion(word: str, text: str) -> bool:
    n = len(word)
    if n > len(text):
        return False
    need = [0] * 26
    have = [0] * 26
    for letter in word:
        need[ord(letter) - 97] += 1
    for i, letter in enumerate(text):
        have[ord(letter) - 97] += 1
        if i >= n:
            have[ord(text[i - n]) - 97] -= 1
        if i >= n - 1 and have == need:
            return True
    return False
