def majority_element(votes: list[int]) -> int:
    for v in votes:
        if votes.count(v) * 2 > len(votes):
            return v
    return votes[0]
