# State machines: a traffic light via a transition table, a vending machine class, and a regex-like matcher.
transitions = {
    ("green", "timer"): "yellow",
    ("yellow", "timer"): "red",
    ("red", "timer"): "green",
    ("green", "emergency"): "red",
    ("yellow", "emergency"): "red",
}
state = "green"
for ev in ["timer", "timer", "timer", "emergency", "timer", "timer", "bogus"]:
    nxt = transitions.get((state, ev))
    if nxt is None:
        print(f"{state:7} --{ev}--> (ignored)")
        continue
    print(f"{state:7} --{ev}--> {nxt}")
    state = nxt

class InvalidTransition(Exception):
    pass

class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.sales = []

    def insert(self, coin):
        if coin not in (5, 10, 25, 100):
            raise ValueError(f"rejected coin: {coin}")
        if self.state == "dispensing":
            raise InvalidTransition("busy dispensing")
        self.credit += coin
        self.state = "has_credit"

    def select(self, item):
        if self.state != "has_credit":
            raise InvalidTransition(f"cannot select in state {self.state}")
        price = self.PRICES[item]
        if self.credit < price:
            return f"need {price - self.credit} more for {item}"
        self.state = "dispensing"
        self.credit -= price
        self.sales.append(item)
        return self.dispense(item)

    def dispense(self, item):
        change = self.make_change(self.credit)
        self.credit = 0
        self.state = "idle"
        return f"dispensed {item}, change {change}"

    @staticmethod
    def make_change(amount):
        coins = []
        for c in (100, 25, 10, 5):
            n, amount = divmod(amount, c)
            coins += [c] * n
        return coins

vm = VendingMachine()
actions = [("select", "cola"), ("insert", 100), ("select", "cola"), ("insert", 25),
           ("insert", 25), ("select", "cola"), ("insert", 3), ("insert", 100),
           ("select", "candy"), ("insert", 100), ("select", "soda"), ("select", "chips")]
for action, arg in actions:
    try:
        result = getattr(vm, action)(arg)
        print(action, arg, "->", result, "|", vm.state, vm.credit)
    except (InvalidTransition, ValueError, KeyError) as e:
        print(action, arg, "!!", type(e).__name__, e)
print(vm.sales, VendingMachine.make_change(190))

def build_nfa(pattern):
    # pattern: letters, '.', and postfix '*'; states are indexes into pattern tokens
    tokens = []
    i = 0
    while i < len(pattern):
        star = i + 1 < len(pattern) and pattern[i + 1] == "*"
        tokens.append((pattern[i], star))
        i += 2 if star else 1
    return tokens

def closure(tokens, states):
    out = set(states)
    stack = list(states)
    while stack:
        s = stack.pop()
        if s < len(tokens) and tokens[s][1] and s + 1 not in out:
            out.add(s + 1)
            stack.append(s + 1)
    return out

def matches(pattern, text):
    tokens = build_nfa(pattern)
    current = closure(tokens, {0})
    for ch in text:
        nxt = set()
        for s in current:
            if s < len(tokens) and tokens[s][0] in (ch, "."):
                nxt.add(s if tokens[s][1] else s + 1)
        current = closure(tokens, nxt)
        if not current:
            return False
    return len(tokens) in current

cases = [("a*b", "aaab"), ("a*b", "b"), ("a*b", "aaa"), ("a.c", "abc"), ("a.c", "ac"),
         (".*", ""), (".*x", "abcx"), ("ab*c*d", "ad"), ("ab*c*d", "abbbccd"), ("ab*c*d", "acbd")]
print([(p, t, matches(p, t)) for p, t in cases])
