def respace(text: str, words: list[str]) -> list[str]:
    vocab = set(words)
    memo: dict[int, list[str]] = {}

    def from_pos(start: int) -> list[str]:
        if start in memo:
            return memo[start]
        if start == len(text):
            return [""]
        found = []
        for end in range(start + 1, min(len(text), start + 10) + 1):
            piece = text[start:end]
            if piece in vocab:
                for rest in from_pos(end):
                    found.append(piece + " " + rest if rest else piece)
        memo[start] = found
        return found

    return from_pos(0)
