import sys

def deep(n):
    return deep(n + 1)

try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

funcs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in funcs])
closures = []
for k in range(3):
    def show(k=k):
        return k
    closures.append(show)
print([c() for c in closures])

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

class WithMeta(metaclass=Meta):
    pass

print(WithMeta.created_by, type(WithMeta).__name__)

def star(*args, **kwargs):
    return args, kwargs

print(star(*[1, 2], *(3,), a=1, **{"b": 2}))
first, *middle, last = range(6)
print(first, middle, last)
print({**{"a": 1}, "b": 2, **{"c": 3}}, [*range(3), *"ab"], {*"aab"} == {"a", "b"})
s = "abcdef"
print(s[1:4], s[::2], s[-2:], [1, 2, 3][::-1])
text = "x"
text += "y" * 3
print(text)
nums = list(range(10))
nums[2:5] = ["a"]
print(nums)
print(isinstance(3, (int, str)), type(None).__name__, callable(len))
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
print(sys.argv[0].endswith("recursion_and_misc.py"))
while_else = 0
while while_else < 2:
    while_else += 1
else:
    print("while else", while_else)
print(f"{'ok':*^10}", f"{3.14159:.3}", f"{255:#x}", f"{1234567:,}")
