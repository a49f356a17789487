# Uncaught exception raised by a property getter accessed in an f-string.
class Order:
    def __init__(self, items):
        self.items = items
    @property
    def average_price(self):
        return sum(self.items.values()) / len(self.items)
full = Order({"pen": 1.5, "book": 12.0})
print(f"average: {full.average_price:.2f}")
empty = Order({})
print(f"average: {empty.average_price:.2f}")
