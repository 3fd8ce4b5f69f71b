# A vending machine as a class-based state machine: each state is a class with handlers; coins,
# selection, change-making with limited coin stock, refunds and an out-of-service state.


class MachineError(Exception):
    pass


class State:
    name = "abstract"

    def __init__(self, machine):
        self.m = machine

    def insert(self, coin):
        raise MachineError(f"cannot insert coins while {self.name}")

    def select(self, code):
        raise MachineError(f"cannot select while {self.name}")

    def refund(self):
        raise MachineError(f"nothing to refund while {self.name}")

    def service(self, restock):
        self.m.restock(restock)
        self.m.state = Idle(self.m)
        return "serviced"


class Idle(State):
    name = "idle"

    def insert(self, coin):
        self.m.accept(coin)
        self.m.state = HasMoney(self.m)
        return f"credit {self.m.credit}"


class HasMoney(State):
    name = "has-money"

    def insert(self, coin):
        self.m.accept(coin)
        return f"credit {self.m.credit}"

    def refund(self):
        change = self.m.make_change(self.m.credit)
        self.m.credit = 0
        self.m.state = Idle(self.m)
        return f"refunded {change}"

    def select(self, code):
        if code not in self.m.products:
            raise MachineError(f"unknown product {code}")
        name, price, count = self.m.products[code]
        if count == 0:
            raise MachineError(f"{name} sold out")
        if self.m.credit < price:
            raise MachineError(f"{name} costs {price}, credit {self.m.credit}")
        change = self.m.make_change(self.m.credit - price)
        self.m.products[code] = (name, price, count - 1)
        self.m.credit = 0
        self.m.sales += price
        self.m.state = OutOfService(self.m) if self.m.empty() else Idle(self.m)
        return f"vend {name}, change {change}"


class OutOfService(State):
    name = "out-of-service"


class Machine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, products, coins):
        self.products = dict(products)
        self.coins = dict(coins)
        self.credit = 0
        self.sales = 0
        self.state = Idle(self)

    def accept(self, coin):
        if coin not in self.COINS:
            raise MachineError(f"rejected coin {coin}")
        self.coins[coin] = self.coins.get(coin, 0) + 1
        self.credit += coin

    def make_change(self, amount):
        plan, remaining = [], amount
        stock = dict(self.coins)
        for coin in self.COINS:
            while remaining >= coin and stock.get(coin, 0):
                stock[coin] -= 1
                remaining -= coin
                plan.append(coin)
        if remaining:
            raise MachineError(f"cannot make change for {amount}")
        self.coins = stock
        return plan

    def empty(self):
        return all(count == 0 for _, _, count in self.products.values())

    def restock(self, items):
        for code, count in items.items():
            name, price, old = self.products[code]
            self.products[code] = (name, price, old + count)

    def do(self, action, *args):
        before = self.state.name
        try:
            result = getattr(self.state, action)(*args)
        except MachineError as e:
            result = f"ERROR {e}"
        print(f"{before:>14} {action}{args!s:<10} -> {result} [{self.state.name}]")


m = Machine({"A1": ("cola", 150, 2), "B2": ("chips", 95, 1)}, {50: 2, 20: 1, 10: 1, 5: 0})
script = [
    ("select", "A1"), ("insert", 100), ("insert", 3), ("select", "A1"), ("insert", 100), ("select", "A1"),
    ("insert", 200), ("select", "B2"), ("refund",), ("insert", 100), ("refund",), ("insert", 200),
    ("select", "Z9"), ("select", "A1"), ("insert", 100), ("service", {"B2": 1}), ("insert", 50),
    ("insert", 50), ("select", "B2"),
]
for action, *args in script:
    m.do(action, *args)
print("sales:", m.sales, "credit:", m.credit, "coins:", sorted(m.coins.items()), "stock:", m.products)
