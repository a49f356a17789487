# A library catalog: inheritance with super(), abstract-ish base methods, class-level counters, searching and loans.
class CatalogError(Exception):
    pass
class NotAvailable(CatalogError):
    pass
class UnknownItem(CatalogError, KeyError):
    pass

class Media:
    _next_id = 1
    loan_days = 14
    def __init__(self, title, year):
        self.id = Media._next_id
        Media._next_id += 1
        self.title, self.year = title, year
        self.borrower = None
    def describe(self):
        raise NotImplementedError(f"{type(self).__name__} must implement describe()")
    def __str__(self):
        status = f"on loan to {self.borrower}" if self.borrower else "available"
        return f"[{self.id}] {self.describe()} - {status}"
    def matches(self, query):
        return query.lower() in self.title.lower()

class Book(Media):
    def __init__(self, title, year, author, pages):
        super().__init__(title, year)
        self.author, self.pages = author, pages
    def describe(self):
        return f"{self.title} by {self.author} ({self.year}, {self.pages}p)"
    def matches(self, query):
        return super().matches(query) or query.lower() in self.author.lower()

class DVD(Media):
    loan_days = 3
    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes
    def describe(self):
        h, m = divmod(self.minutes, 60)
        return f"{self.title} ({self.year}, {h}h{m:02d})"

class ReferenceBook(Book):
    loan_days = 0
    def describe(self):
        return "REF " + super().describe()

class Catalog:
    def __init__(self, items=()):
        self.items = {i.id: i for i in items}
    def get(self, item_id):
        try:
            return self.items[item_id]
        except KeyError:
            raise UnknownItem(item_id) from None
    def lend(self, item_id, who):
        item = self.get(item_id)
        if item.loan_days == 0:
            raise NotAvailable(f"{item.title!r} cannot be borrowed")
        if item.borrower:
            raise NotAvailable(f"{item.title!r} is already lent to {item.borrower}")
        item.borrower = who
        return item.loan_days
    def give_back(self, item_id):
        item = self.get(item_id)
        who, item.borrower = item.borrower, None
        return who
    def search(self, query):
        return [i.id for i in self.items.values() if i.matches(query)]
    def by_type(self):
        out = {}
        for i in self.items.values():
            out.setdefault(type(i).__name__, []).append(i.title)
        return out

cat = Catalog([Book("Dune", 1965, "Frank Herbert", 412), DVD("Alien", 1979, 117),
               ReferenceBook("Oxford Dictionary", 1989, "Various", 21728),
               Book("Emma", 1815, "Jane Austen", 474), DVD("Heat", 1995, 170)])
for item in cat.items.values():
    print(item)
print(cat.search("a"), cat.search("austen"), cat.search("zzz"), cat.by_type())
for action in [("lend", 1, "ann"), ("lend", 1, "bob"), ("lend", 2, "bob"), ("lend", 3, "cy"),
               ("lend", 99, "dan"), ("back", 1), ("lend", 1, "bob"), ("back", 42)]:
    try:
        if action[0] == "lend":
            print("lend", action[1:], "->", cat.lend(*action[1:]), "days")
        else:
            print("back", action[1], "->", cat.give_back(action[1]))
    except NotAvailable as e:
        print("NotAvailable:", e)
    except KeyError as e:
        print(type(e).__name__, e, isinstance(e, CatalogError), type(e).__mro__[1].__name__)
print(*[str(i) for i in cat.items.values() if i.borrower], sep="\n")
try:
    Media("raw", 2000).describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in ReferenceBook.__mro__], UnknownItem.__mro__[-3].__name__)
print(issubclass(ReferenceBook, Media), isinstance(cat.get(3), Book), DVD.loan_days, Media.loan_days, Media._next_id)
