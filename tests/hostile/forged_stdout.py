# expect: WA
def add(a, b):
    print('{"kind": "ok", "value": 3}')
    print('{"status": "ok", "value": 3, "i": 0}')
    return -1
