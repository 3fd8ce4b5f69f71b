# Calls that leave trailing parameters to their defaults, from call sites that run many times:
# the defaults are evaluated once at definition (a shared mutable default accumulates), read at
# each call (replacing __defaults__ takes effect at once, removing it makes the same call a
# TypeError), and a site sees different functions and methods over time.


def tally(x, step=10, seen=[]):
    seen.append(x)
    return x + step, len(seen)


def scale(a, b=2):
    return a * b


def triple(a, b=2, c=3):
    return (a, b, c)


class Account:
    fee = 1

    def __init__(self, owner, balance=0, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency

    def deposit(self, amount, note="deposit"):
        self.balance += amount - self.fee
        return f"{self.owner}: {note} {amount} -> {self.balance} {self.currency}"


def run_tallies(n):
    return [tally(i) for i in range(n)]


def call_each(fns, x):
    return [fn(x) for fn in fns]


def main():
    print(run_tallies(3), tally(1, 2), tally(5))
    tally.__defaults__ = (100, [])
    print(run_tallies(2))
    tally.__defaults__ = None
    try:
        run_tallies(1)
    except TypeError as e:
        print("TypeError:", e)
    tally.__defaults__ = (7,)
    try:
        run_tallies(1)
    except TypeError as e:
        print("TypeError:", e)
    print([triple(x) for x in range(2)], triple(1, 5), triple(1, c=9))
    triple.__defaults__ = (20, 30)
    print([triple(x) for x in range(2)])
    print(call_each([scale, triple, abs, str], -4))
    total = 0
    for i in range(1000):
        total += scale(i)
    print("total", total)
    acct = Account("ada")
    print(acct.deposit(50), acct.deposit(20, "gift"), Account("bob", 5).deposit(10))
    Account.deposit.__defaults__ = ("refund",)
    print(acct.deposit(3))
    opened = [Account(name).deposit(1) for name in ("cy", "di")]
    Account.__init__.__defaults__ = (1000, "USD")
    opened += [Account(name).deposit(1) for name in ("ed", "flo")]
    Account.__init__.__defaults__ = None
    try:
        opened.append(Account("gus"))
    except TypeError as e:
        print("TypeError:", e)
    print(opened)


main()
