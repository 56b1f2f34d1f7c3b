def least_interval(tasks: list[str], n: int) -> int:
    counts: dict[str, int] = {}
    for task in tasks:
        counts[task] = counts.get(task, 0) + 1
    top = max(counts.values())
    ties = sum(1 for c in counts.values() if c == top)
    return max(len(tasks), (top - 1) * (n + 1) + ties)
