# An inventory system: classes with __slots__, __contains__/__iter__/__len__, in-place operators, match statements.
class Item:
    __slots__ = ("sku", "name", "qty", "price")
    def __init__(self, sku, name, qty, price):
        self.sku, self.name, self.qty, self.price = sku, name, qty, price
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, qty={self.qty}, price={self.price})"
    @property
    def value(self):
        return self.qty * self.price

class Inventory:
    def __init__(self):
        self._items = {}
    def __contains__(self, sku):
        return sku in self._items
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"no such sku: {sku}") from None
    def __iadd__(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        return self
    def __isub__(self, pair):
        sku, qty = pair
        item = self[sku]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {item.name} left")
        item.qty -= qty
        if item.qty == 0:
            del self._items[sku]
        return self
    def total(self):
        return sum(i.value for i in self)

def apply(inv, command):
    match command.split():
        case ["add", sku, name, qty, price]:
            inv += Item(sku, name, int(qty), float(price))
            return f"added {qty} {name}"
        case ["remove", sku, qty] if qty.isdigit():
            inv -= (sku, int(qty))
            return f"removed {qty} of {sku}"
        case ["remove", sku]:
            inv -= (sku, inv[sku].qty)
            return f"removed all {sku}"
        case ["show", *skus] if skus:
            return ", ".join(repr(inv[s]) for s in skus)
        case ["show"]:
            return [i.sku for i in inv]
        case ["total"]:
            return f"{inv.total():.2f}"
        case [verb, *_]:
            return f"unknown command {verb!r}"
        case []:
            return "empty command"

inv = Inventory()
commands = ["add A1 bolt 100 0.25", "add B2 nut 50 0.1", "add A1 bolt 20 0.25", "show", "show A1 B2",
            "total", "remove B2 10", "remove B2 45", "remove C3 1", "remove B2", "show", "frobnicate x",
            "", "add Z9 gear 3 12.5", "remove A1 x", "total"]
for cmd in commands:
    try:
        print(f"{cmd!r:26} -> {apply(inv, cmd)}")
    except (KeyError, ValueError) as e:
        print(f"{cmd!r:26} !! {type(e).__name__}: {e}")
print(len(inv), "A1" in inv, "B2" in inv, list(inv))
try:
    inv["A1"].colour = "red"
except AttributeError as e:
    print(type(e).__name__, e)
print(Item.__slots__, hasattr(inv["A1"], "__dict__"))

def describe(obj):
    match obj:
        case Item(qty=0):
            return "out of stock"
        case Item(name=str(n), qty=q) if q > 50:
            return f"plenty of {n}"
        case Item():
            return "some"
        case {"sku": s, **rest}:
            return f"dict item {s} with {sorted(rest)}"
        case (x, y):
            return f"pair {x},{y}"
        case int() | float() as num if num < 0:
            return "negative"
        case _:
            return "unknown"
Item.__match_args__ = ("sku", "name")
for o in (Item("a", "x", 0, 1), Item("b", "y", 60, 1), Item("c", "z", 5, 1), {"sku": 1, "q": 2, "p": 3},
          (1, 2), [3, 4], -5, -2.5, 7, "str"):
    print(describe(o))
match Item("k", "key", 1, 1):
    case Item("k", name):
        print("positional match", name)
