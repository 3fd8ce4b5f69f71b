# An AttributeError from a method call on an object, reached through a class method.
class Inventory:
    def __init__(self):
        self.items = {"nut": 3}

    @classmethod
    def build(cls, names):
        inv = cls()
        for n in names:
            inv.items.setdefault(n, 0)
        return inv

    def total(self):
        return sum(self.items.values()) + self.extra.count(1)


inv = Inventory.build(["bolt"])
print(sorted(inv.items))
print(len(inv.items), inv.total())
