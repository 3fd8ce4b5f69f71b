# json.loads on malformed and edge-case documents: every error message and position of the
# decoder (as CPython's C scanner reports them), hooks, number and constant parsers, raw_decode,
# scan_once and its StopIteration, key sharing, and RecursionError on absurd nesting.
import json
docs = ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '[,1]', '[1,,2]', '{"a":1,}', '{"a" 1}', '{"a":}', '{a:1}', '{"a":1 "b":2}',
        '{,}', '{"a":1,,"b":2}', '[1, 2', '{"a": [1, {"b": }]}', 'tru', 'nul', 'falsey', '01', '-', '-a', '1.', '1e', '.5', '1.5e+',
        'NaN', '-Infinity', 'Infinity', '[NaN, Infinity, -Infinity]', '"x" y', '[1] 2', '  {"a" : 1 , "b":[ ] }  ', '[\n1,\n2,\n]',
        '{"a":1}\n{"b":2}', '[true, false, null]', '{"a": {"a": {"a": []}}}', '[-0, -0.0, 1E400, -1e-400, 12345678901234567890]',
        '{"dup": 1, "dup": 2}', '["\\u00e9", "😀", "\\ud83d\\ude00"]', '[1.0e5, 2E-3, 0.0]', '[ ]', '{ }', '[1,\t2]', '\ufeff[1]', '[1]\x00']
for d in docs:
    try:
        print(repr(d), "->", repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), "-> JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1.5, "b": [2]}', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('{"a": 1, "b": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: ("P", p)))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] rest'), dec.scan_once('"abc"', 0), dec.scan_once('[1]', 0))
try:
    dec.scan_once('xyz', 0)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    dec.scan_once('[1]', 5)
except StopIteration as e:
    print("StopIteration", e.value)
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
print(json.loads("[" * 100 + "]" * 100) == eval("[" * 100 + "]" * 100))
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("RecursionError", e)
