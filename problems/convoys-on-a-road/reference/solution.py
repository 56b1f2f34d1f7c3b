def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    order = sorted(range(len(position)), key=lambda i: position[i], reverse=True)
    convoys: list[tuple[int, int]] = []
    for i in order:
        distance, pace = target - position[i], speed[i]
        if not convoys:
            convoys.append((distance, pace))
            continue
        lead_distance, lead_pace = convoys[-1]
        if distance * lead_pace > lead_distance * pace:
            convoys.append((distance, pace))
    return len(convoys)
