# Uncaught exception from a chained method call: markers under the failing call only.
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, part):
        self.parts.append(str(part))
        return self
    def build(self, sep):
        return sep.join(self.parts)
print(Builder().add("a").add(1).build("-"))
text = Builder().add("x").add("y").build(None)
print(text)
