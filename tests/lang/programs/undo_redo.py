# A text editor buffer with the command pattern: undo/redo stacks, macro recording, and invalid-command errors.
class Command:
    def do(self, doc):
        raise NotImplementedError
    def undo(self, doc):
        raise NotImplementedError
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"

class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def do(self, doc):
        if not 0 <= self.pos <= len(doc.text):
            raise IndexError(f"insert position {self.pos} outside 0..{len(doc.text)}")
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length = pos, length
        self._removed = None
    def do(self, doc):
        if self.pos + self.length > len(doc.text):
            raise IndexError("delete past end of document")
        self._removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self._removed + doc.text[self.pos:]

class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self._before = None
    def do(self, doc):
        if self.old not in doc.text:
            raise ValueError(f"{self.old!r} not found")
        self._before = doc.text
        doc.text = doc.text.replace(self.old, self.new)
    def undo(self, doc):
        doc.text = self._before

class Macro(Command):
    def __init__(self, commands):
        self.commands = list(commands)
    def do(self, doc):
        done = []
        try:
            for c in self.commands:
                c.do(doc)
                done.append(c)
        except Exception:
            for c in reversed(done):
                c.undo(doc)
            raise
    def undo(self, doc):
        for c in reversed(self.commands):
            c.undo(doc)

class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack, self.redo_stack = [], []
    def run(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            raise LookupError("nothing to undo")
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
    def redo(self):
        if not self.redo_stack:
            raise LookupError("nothing to redo")
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)

ed = Editor()
script = [("run", Insert(0, "hello world")), ("run", Insert(5, ",")), ("run", Replace("world", "there")),
          ("undo",), ("undo",), ("redo",), ("run", Delete(0, 6)), ("redo",), ("undo",), ("undo",), ("undo",),
          ("undo",), ("redo",), ("run", Insert(99, "x")), ("run", Delete(5, 100)), ("run", Replace("zzz", "y")),
          ("run", Macro([Insert(0, ">> "), Replace("hello", "HELLO"), Insert(0, "[")])),
          ("run", Macro([Insert(0, "ok "), Replace("missing", "")])), ("undo",), ("redo",)]
for step in script:
    action, *args = step
    try:
        getattr(ed, action)(*args)
        print(f"{action:4} {repr(args[0]) if args else '':<60} -> {ed.text!r}")
    except (IndexError, ValueError, LookupError) as e:
        print(f"{action:4} {repr(args[0]) if args else '':<60} !! {type(e).__name__}: {e}")
print(len(ed.undo_stack), len(ed.redo_stack), ed.undo_stack[-1])
try:
    Command().do(ed)
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
