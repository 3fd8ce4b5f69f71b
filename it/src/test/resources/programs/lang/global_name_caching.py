# Global and builtin name loads are cached per site; these pin that every rebinding,
# shadowing and deletion is still seen at once.
import builtins

counter = 0


def read_counter():
    return counter


seen = []
for i in range(5):
    seen.append(read_counter())
    counter = i * 10          # rebound inside the loop: the next iteration sees it
print(seen)


def uses_len(x):
    return len(x)


print(uses_len("abc"))        # builtin len
len = lambda x: "shadowed"    # a module global shadows the builtin later
print(uses_len("abc"))
del len                       # deleting the global uncovers the builtin again
print(uses_len("abc"))

original_abs = builtins.abs
builtins.abs = lambda x: "patched builtin"


def uses_abs(x):
    return abs(x)


print(uses_abs(-3))
builtins.abs = original_abs
print(uses_abs(-3))


def missing():
    return not_defined_yet


for attempt in range(3):
    try:
        print(missing())
    except NameError as e:
        print("NameError:", e)
    if attempt == 1:
        not_defined_yet = "now defined"
del not_defined_yet
try:
    missing()
except NameError as e:
    print("NameError again:", e)


# Many globals added after a site was cached (the module dict is rebuilt), then one rebound.
def read_x():
    return x_value


x_value = 1
print(read_x())
for k in range(100):
    globals()["filler_%d" % k] = k
print(read_x())
x_value = 2
print(read_x())
for k in range(100):
    del globals()["filler_%d" % k]
print(read_x())

# A builtin shadowed through globals() and through a global statement inside a function.
def uses_max(a, b):
    return max(a, b)


print(uses_max(1, 2))
globals()["max"] = min
print(uses_max(1, 2))


def unshadow():
    global max
    del max


unshadow()
print(uses_max(1, 2))

# globals() loaded through the cache still names this module.
def g():
    return globals() is globals()


print(g(), "read_x" in globals())
