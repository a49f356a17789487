# A bank-account simulation: classes, inheritance, custom exceptions, class attributes and a ledger.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance

class FrozenAccount(BankError):
    pass

class Account:
    next_number = 1000
    interest_rate = 0

    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("opening balance must be non-negative")
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    def _check(self, amount):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
        if not isinstance(amount, int) or amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")

    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check(amount)
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def available(self):
        return self.balance

    def add_interest(self):
        gained = self.balance * self.interest_rate // 100
        if gained:
            self.deposit(gained)
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance})"

class Savings(Account):
    interest_rate = 3

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except BankError as e:
        return f"transfer failed: {e}"
    else:
        dst.deposit(amount)
        return "transfer ok"
    finally:
        src.history.append(("transfer-attempt", amount))

alice = Savings("alice", 500)
bob = Checking("bob", 50)
carol = Account("carol")
print(alice, bob, carol)
print(alice.deposit(100).withdraw(30))
print(transfer(bob, carol, 120), bob, carol)
print(transfer(bob, carol, 100))
try:
    bob.withdraw(31)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.shortfall, isinstance(e, BankError))
for bad in (0, -5, 2.5, "10"):
    try:
        alice.deposit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
carol.frozen = True
try:
    carol.deposit(1)
except BankError as e:
    print(type(e).__name__, e)
try:
    Account("dave", -1)
except ValueError as e:
    print(type(e).__name__, e)
print([acct.add_interest() for acct in (alice, bob, carol)])
for acct in (alice, bob, carol):
    total_in = sum(a for kind, a in acct.history if kind == "deposit")
    total_out = sum(a for kind, a in acct.history if kind == "withdraw")
    print(f"{acct.owner:>6} #{acct.number} in={total_in:<5} out={total_out:<5} bal={acct.balance:>6}")
print(Account.next_number, Savings.next_number, Savings.interest_rate, Checking.interest_rate)
print(sorted([alice, bob, carol], key=lambda a: -a.balance))
