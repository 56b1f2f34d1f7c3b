# expect: OLE
import sys

sys.stdout.write("9" * (8 << 20))
