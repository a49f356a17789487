# Uncaught AttributeError with a "Did you mean" suggestion computed from the object's attributes.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self.balance
acct = Account("ann")
print(acct.deposit(50))
try:
    acct.deposti(10)
except AttributeError as e:
    print("caught:", e, "| name:", e.name)
text = "hello"
try:
    text.uper()
except AttributeError as e:
    print("caught:", e)
print("balance is", acct.balance)
print(acct.balanse)
