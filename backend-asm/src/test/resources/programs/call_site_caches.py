# Call sites and attribute stores cache what they found; each case changes the world after the
# site has run (linked) and checks that the next run sees the change.

def double(x):
    return 2 * x

def triple(x):
    return 3 * x

def apply(n):
    return double(n)

results = [apply(i) for i in range(3)]
double = triple                      # rebinding the global the site linked to
results.append(apply(5))
del double
try:
    apply(1)
except NameError as e:
    results.append(str(e))
print(results)

def call_each(fs, x):
    out = []
    for f in fs:
        out.append(f(x))             # one site, many callees
    return out

def with_default(a, b=10):
    return a + b

def varargs(*a):
    return a

def kwonly(a, *, k=7):
    return a * k

print(call_each([triple, with_default, varargs, kwonly, abs, str, lambda v: v - 1], -4))

def wrong_arity():
    return triple(1, 2)

for _ in range(2):
    try:
        wrong_arity()
    except TypeError as e:
        print(e)

class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, k):
        self.count = self.count + k
        return self.count

def bump_all(objs, k):
    return [o.bump(k) for o in objs]

c = Counter()
print(bump_all([c, c], 1))
Counter.bump = lambda self, k: ('replaced', k)      # method replaced on the class
print(bump_all([c], 2))
c.bump = lambda k: ('instance', k)                  # shadowed by the instance dict
print(bump_all([c], 3))
del c.bump

class Sub(Counter):
    def bump(self, k):
        return ('sub', k)

print(bump_all([c, Sub(), c], 4))

def store(o, v):
    o.value = v

class Plain:
    pass

p = Plain()
for v in range(3):
    store(p, v)
print(p.value)

def _get(self):
    return self._v

def _set(self, v):
    self._v = ('via property', v)

Plain.value = property(_get, _set)                  # a data descriptor appears on the type
store(p, 42)
print(p.value, p._v)

class Logged:
    pass

lp = Logged()
store(lp, 1)
def _setattr(self, name, v):
    super(Logged, self).__setattr__(name, ('logged', v))
Logged.__setattr__ = _setattr                        # __setattr__ appears on the type
store(lp, 2)
print(lp.value)

class Slotted:
    __slots__ = ('value',)

s = Slotted()
store(s, 'slot')
print(s.value)
try:
    store(object(), 1)
except AttributeError as e:
    print(e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(30))

# builtin methods linked directly: optional arguments, errors, subclasses, shadowing
def builtin_calls(objs):
    out = []
    for o in objs:
        o.append(len(out))
        out.append(o.pop())
    return out

class MyList(list):
    pass

ml = MyList()
print(builtin_calls([[], ml, [], ml]))

def lookups(d, keys):
    return [d.get(k) for k in keys] + [d.get(k, 'dflt') for k in keys]

print(lookups({1: 'one'}, [1, 2]))

def fmt(template):
    try:
        return template.format(1)
    except (ValueError, IndexError, KeyError) as e:
        return type(e).__name__ + ': ' + str(e)

print([fmt(t) for t in ['{}', '{', '{0}{1}', '{x}', '{:q}']])

def bad_arity(l):
    try:
        return l.append()
    except TypeError as e:
        return str(e)

print(bad_arity([]), bad_arity([]))
