class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"
