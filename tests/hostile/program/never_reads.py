# expect: WA
# Prints without reading its input: stdin is simply never consumed, the run ends cleanly.
print(0)
