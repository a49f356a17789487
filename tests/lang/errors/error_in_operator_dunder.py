# Uncaught exception raised inside __add__ invoked through the + operator.
class Money:
    def __init__(self, cents, currency):
        self.cents, self.currency = cents, currency
    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)
    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"
print(Money(100, "usd") + Money(250, "usd"))
wallet = [Money(5, "usd"), Money(7, "eur")]
print(wallet[0] + wallet[1])
