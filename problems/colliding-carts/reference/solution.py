def asteroid_collision(carts: list[int]) -> list[int]:
    stack: list[int] = []
    for cart in carts:
        alive = True
        while alive and cart < 0 and stack and stack[-1] > 0:
            if stack[-1] < -cart:
                stack.pop()
                continue
            if stack[-1] == -cart:
                stack.pop()
            alive = False
        if alive:
            stack.append(cart)
    return stack
