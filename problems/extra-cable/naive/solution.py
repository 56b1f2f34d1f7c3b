def extra_cable(cables: list[list[int]]) -> list[int]:
    # Try removing each cable, from the last, and check the rest still connects everything.
    n = len(cables)
    for skip in range(n - 1, -1, -1):
        adj: list[list[int]] = [[] for _ in range(n + 1)]
        for k, (a, b) in enumerate(cables):
            if k != skip:
                adj[a].append(b)
                adj[b].append(a)
        seen = [False] * (n + 1)
        seen[1] = True
        stack = [1]
        count = 1
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    count += 1
                    stack.append(y)
        if count == n:
            return cables[skip]
    return []
