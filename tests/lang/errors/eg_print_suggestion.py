# "Did you mean" suggestions of NameError and AttributeError members, printed inside a group.
class Account:
    def __init__(self):
        self.balance = 10
        self.BALANCE_LIMIT = 100
def lookup_attribute():
    try:
        Account().balanse
    except AttributeError as e:
        return e
def lookup_name():
    totals = 3
    try:
        return totls
    except NameError as e:
        return e
def lookup_builtin():
    try:
        return lenn("abc")
    except NameError as e:
        return e
def no_suggestion():
    try:
        return Account().completely_different_name
    except AttributeError as e:
        return e
raise ExceptionGroup("lookups", [lookup_attribute(), lookup_name(), lookup_builtin(), no_suggestion()])
