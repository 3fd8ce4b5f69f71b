# An instance attribute shadows a method of the same name found on the class, for methods of
# builtin types (inherited by subclasses of dict, list and str) as well as Python ones; calls
# are made from the same call sites before, during and after the shadowing, positionally and
# with keywords, so that cached call sites must notice.


class Registry(dict):
    pass


class Stack(list):
    pass


class Label(str):
    pass


class Greeter:
    def greet(self, name, punctuation="!"):
        return f"hello {name}{punctuation}"


def lookup(mapping, key):
    return mapping.get(key, "missing")


def lookup_kw(mapping, key):
    return mapping.pop(key, None)


def push(stack, item):
    stack.append(item)
    return len(stack)


def shout(label):
    return label.upper()


def greet(g, name):
    return g.greet(name, punctuation="?")


def run_round(tag, objs):
    reg, stack, label, greeter = objs
    print(tag, lookup(reg, "a"), lookup(reg, "zz"), lookup_kw(reg, "b"), push(stack, tag), shout(label), greet(greeter, tag))


def main():
    plain = {"a": 1, "b": 2}
    objs = [Registry(a=1, b=2), Stack(), Label("quiet"), Greeter()]
    for i in range(3):
        objs[0]["b"] = i
        run_round(f"before{i}", objs)
        print("  plain dict:", lookup(plain, "a"), lookup(plain, "zz"))
    reg, stack, label, greeter = objs
    reg.get = lambda key, default=None: f"shadowed get({key!r}, {default!r})"
    reg.pop = lambda key, default=None: f"shadowed pop({key!r})"
    stack.append = lambda item: print("  shadowed append", item)
    label.upper = lambda: "shadowed upper"
    greeter.greet = lambda name, punctuation=".": f"shadowed greet {name}{punctuation}"
    for i in range(3):
        run_round(f"during{i}", objs)
        print("  plain dict:", lookup(plain, "a"), lookup(plain, "zz"))
    del reg.get, reg.pop, stack.append, label.upper, greeter.greet
    reg["b"] = "back"
    for i in range(2):
        run_round(f"after{i}", objs)
    print(sorted(vars(reg)), sorted(vars(greeter)), stack)


main()
