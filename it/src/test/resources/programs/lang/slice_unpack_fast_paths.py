# Slices of exact list/tuple/str and unpacking of lists take fast paths in the runtime; these
# pin results and errors against CPython, and that subclasses still use their own methods.
class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


data = list(range(10))
tup = tuple(data)
text = "θήτα-雪-abc"
specs = [(None, None, None), (2, None, None), (None, -3, None), (1, 8, 2), (None, None, -1),
         (8, 1, -3), (-100, 100, None), (100, -100, -1), (Ix(1), Ix(-1), Ix(2)), (3, 3, None)]
for a, b, c in specs:
    s = slice(a, b, c)
    print(data[s], tup[s], text[s], data[a:b:c] == data[s])
for bad in [slice(None, None, 0), slice("a", None)]:
    for seq in (data, tup, text):
        try:
            seq[bad]
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

lst = list(range(8))
lst[2:5] = "xy"
print(lst)
lst[:] = lst
print(lst)
lst[::2] = [0, 0, 0, 0]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    lst[1:3] = 5
except TypeError as e:
    print("TypeError", e)
lst[len(lst):] = range(3)
print(lst)
del lst[::3]
print(lst)


class MyList(list):
    def __getitem__(self, key):
        return ("MyList", key)

    def __setitem__(self, key, value):
        print("MyList set", key, value)


m = MyList([1, 2, 3])
print(m[1:2])
m[0:1] = [9]


class MyStr(str):
    def __getitem__(self, key):
        return "MyStr"


print(MyStr("abc")[0:2], tuple.__getitem__((1, 2, 3), slice(1, None)))

a, b, c = [1, 2, 3]
print(a, b, c)
for x, (y, z) in [(1, [2, 3]), (4, [5, 6])]:
    print(x, y, z)
for value in ([1, 2], [1, 2, 3, 4], []):
    try:
        p, q, r = value
    except ValueError as e:
        print("ValueError", e)
first, *rest = [1, 2, 3]
print(first, rest)
