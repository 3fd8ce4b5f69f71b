# "Did you mean" hints: printed by traceback.print_exc() for typos in attribute and global
# names, shown for an import, and printed by the interpreter for the uncaught NameError at the end.
import collections
import json
import traceback


class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10

    def add(self, name, count):
        if len(self.items) >= self.capacity:
            raise OverflowError("inventory full")
        self.items[name] = self.items.get(name, 0) + count


inventory = Inventory()
attempts = [
    lambda: inventory.itmes,
    lambda: collections.defaultdic(int),
    lambda: inventory.add("apple", cout),
]
for attempt in attempts:
    try:
        attempt()
    except (AttributeError, NameError):
        traceback.print_exc()
try:
    from json import loadz
except ImportError as e:
    # the message names the module's file, which differs: print the hint only
    print("import hint:", str(traceback.TracebackException.from_exception(e)).split(". ")[-1])
print("attempts done")
total = sum(inventory.items.values())
print("total", totl)
