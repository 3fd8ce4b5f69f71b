# Ends with an uncaught custom exception raised from a few frames deep, after some output.


class InventoryError(Exception):
    """Raised when stock would go negative."""


class Warehouse:
    def __init__(self):
        self.stock = {"bolt": 5, "nut": 2}

    def remove(self, item, qty):
        have = self.stock.get(item, 0)
        if qty > have:
            raise InventoryError(f"cannot remove {qty} {item}(s): only {have} in stock")
        self.stock[item] = have - qty
        return self.stock[item]


def fulfil(warehouse, orders):
    for item, qty in orders:
        left = warehouse.remove(item, qty)
        print(f"shipped {qty} {item}, {left} left")


w = Warehouse()
fulfil(w, [("bolt", 2), ("nut", 1), ("bolt", 3)])
print("stock now", w.stock)
fulfil(w, [("nut", 1), ("nut", 1)])
print("not reached")
