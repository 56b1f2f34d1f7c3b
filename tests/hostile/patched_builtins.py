# expect: RE
# Patching builtins breaks only the candidate's own worker; it can never forge a pass.
import builtins
import json

json.dumps = lambda *a, **k: '{"kind": "ok", "value": 3}'
builtins.len = lambda x: 0


def add(a, b):
    return "not a number"
