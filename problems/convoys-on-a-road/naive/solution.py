def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    # Each truck's arrival is the latest arrival time among itself and every truck ahead;
    # count the distinct convoy arrival times, comparing every pair of trucks.
    from fractions import Fraction

    n = len(position)
    alone = [Fraction(target - position[i], speed[i]) for i in range(n)]
    arrivals = set()
    for i in range(n):
        t = alone[i]
        for j in range(n):
            if position[j] > position[i] and alone[j] > t:
                t = alone[j]
        arrivals.add(t)
    return len(arrivals)
