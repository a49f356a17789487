# An exception raised in __exit__ while another is propagating: both shown, chained by context.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("closing", self.name, "after", exc_type.__name__ if exc_type else "success")
        if exc_type is not None:
            raise RuntimeError(f"cleanup of {self.name} failed")
        return False
with Resource("first"):
    print("working")
with Resource("second") as r:
    value = int("not a number")
