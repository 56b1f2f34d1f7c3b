# expect: RE EOFError
# Asks for a second line that does not exist: EOF at once, never a wait until the time limit.
a, b = map(int, input().split())
input()
print(a + b)
