# Uncaught exception raised while a decorator is applied at definition time.
registry = {}
def register(name):
    def deco(fn):
        if name in registry:
            raise KeyError(f"duplicate registration: {name}")
        registry[name] = fn
        return fn
    return deco
@register("add")
def add(a, b):
    return a + b
print(sorted(registry), registry["add"](2, 3))
@register("add")
def add_again(a, b):
    return a + b
