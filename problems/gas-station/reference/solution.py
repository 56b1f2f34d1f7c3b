def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    balance = tank = start = 0
    for i, (g, c) in enumerate(zip(gas, cost)):
        balance += g - c
        tank += g - c
        if tank < 0:
            start = i + 1
            tank = 0
    return start if balance >= 0 else -1
