# A bank ledger: accounts, transfers, overdraft rules, interest in integer cents, statements.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {fmt(amount)} (balance {fmt(account.balance)})")
        self.account = account
        self.amount = amount


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


class Account:
    next_number = 1000
    kind = "basic"

    def __init__(self, owner, opening=0):
        self.number = Account.next_number
        Account.next_number += 1
        self.owner = owner
        self._balance = 0
        self.entries = []
        if opening:
            self.deposit(opening, "opening deposit")

    @property
    def balance(self):
        return self._balance

    def limit(self):
        return 0

    def deposit(self, cents, memo="deposit"):
        if cents <= 0:
            raise ValueError(f"deposit must be positive, got {cents}")
        self._balance += cents
        self.entries.append((memo, cents, self._balance))

    def withdraw(self, cents, memo="withdrawal"):
        if self._balance - cents < -self.limit():
            raise InsufficientFunds(self, cents)
        self._balance -= cents
        self.entries.append((memo, -cents, self._balance))

    def month_end(self):
        pass

    def statement(self):
        lines = [f"{self.kind} account #{self.number} ({self.owner})"]
        for memo, amount, running in self.entries:
            lines.append(f"  {memo:<22}{fmt(amount):>14}{fmt(running):>14}")
        return "\n".join(lines)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {fmt(self._balance)})"


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, opening=0, rate_bp=250):
        super().__init__(owner, opening)
        self.rate_bp = rate_bp

    def month_end(self):
        interest = self._balance * self.rate_bp // (12 * 10000)
        if interest > 0:
            self.deposit(interest, "interest")


class Checking(Account):
    kind = "checking"
    FEE = 1500

    def __init__(self, owner, opening=0, overdraft=50000):
        super().__init__(owner, opening)
        self.overdraft = overdraft

    def limit(self):
        return self.overdraft

    def month_end(self):
        if self._balance < 0:
            self.withdraw_fee()

    def withdraw_fee(self):
        self._balance -= self.FEE
        self.entries.append(("overdraft fee", -self.FEE, self._balance))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.failed = []

    def open(self, cls, *args, **kwargs):
        account = cls(*args, **kwargs)
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, cents):
        try:
            src.withdraw(cents, f"to #{dst.number}")
        except InsufficientFunds as exc:
            self.failed.append(str(exc))
            return False
        dst.deposit(cents, f"from #{src.number}")
        return True

    def month_end(self):
        for account in self.accounts.values():
            account.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank("First Weft")
alice = bank.open(Savings, "alice", 1_000_000, rate_bp=300)
bob = bank.open(Checking, "bob", 25_000)
carol = bank.open(Account, "carol", 5_000)
print(bank.accounts)
print(bank.transfer(alice, bob, 120_050), bank.transfer(bob, carol, 160_000), bank.transfer(bob, carol, 100_000))
print(bank.transfer(carol, alice, 1_000_000), bank.transfer(bob, alice, 20_000))
for month in range(1, 4):
    bank.month_end()
print(bank.total(), fmt(bank.total()))
for account in bank.accounts.values():
    print(account.statement())
print("failed transfers:")
for line in bank.failed:
    print(" ", line)
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    alice.balance = 0
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(alice, Account), issubclass(Checking, Savings), Savings.__mro__[1].__name__, Account.next_number)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
