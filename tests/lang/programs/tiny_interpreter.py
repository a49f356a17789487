# An interpreter for a tiny stack language with labels, jumps, calls and error reporting.
class VMError(Exception):
    def __init__(self, pc, msg):
        super().__init__(f"pc={pc}: {msg}")
        self.pc = pc
class Machine:
    def __init__(self, source):
        self.code = []
        self.labels = {}
        for line in source.strip().replace(";", "\n").splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.endswith(":"):
                self.labels[line[:-1]] = len(self.code)
                continue
            op, *args = line.split()
            self.code.append((op.lower(), args))
        self.stack, self.calls, self.output, self.vars = [], [], [], {}
    def pop(self, pc):
        if not self.stack:
            raise VMError(pc, "stack underflow")
        return self.stack.pop()
    def run(self, limit=10000):
        pc, steps = 0, 0
        binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b,
                  "mul": lambda a, b: a * b, "lt": lambda a, b: int(a < b),
                  "eq": lambda a, b: int(a == b), "mod": lambda a, b: a % b}
        while pc < len(self.code):
            steps += 1
            if steps > limit:
                raise VMError(pc, "step limit exceeded")
            op, args = self.code[pc]
            pc += 1
            if op == "push":
                self.stack.append(int(args[0]))
            elif op in binops:
                b, a = self.pop(pc), self.pop(pc)
                try:
                    self.stack.append(binops[op](a, b))
                except ZeroDivisionError as e:
                    raise VMError(pc, e) from e
            elif op == "dup":
                v = self.pop(pc); self.stack += [v, v]
            elif op == "swap":
                b, a = self.pop(pc), self.pop(pc); self.stack += [b, a]
            elif op == "store":
                self.vars[args[0]] = self.pop(pc)
            elif op == "load":
                if args[0] not in self.vars:
                    raise VMError(pc, f"undefined {args[0]}")
                self.stack.append(self.vars[args[0]])
            elif op == "print":
                self.output.append(str(self.pop(pc)))
            elif op in ("jmp", "jz", "call"):
                target = self.labels.get(args[0])
                if target is None:
                    raise VMError(pc, f"no label {args[0]!r}")
                if op == "jz" and self.pop(pc) != 0:
                    continue
                if op == "call":
                    self.calls.append(pc)
                pc = target
            elif op == "ret":
                pc = self.calls.pop()
            elif op == "halt":
                break
            else:
                raise VMError(pc, f"bad opcode {op}")
        return steps
factorial = """
    push 1; store acc; push 10; store n
loop:
    load n; jz done
    load acc; load n; mul; store acc
    load n; push 1; sub; store n
    jmp loop
done:
    load acc; print
"""
fizz = """
    push 1
    store i
top:
    load i
    push 16
    lt
    jz end
    load i
    call show
    load i
    push 1
    add
    store i
    jmp top
show:             # prints i*i when i % 3 == 0
    dup
    push 3
    mod
    jz square
    print
    ret
square:
    dup
    mul
    print
    ret
end:
    halt
"""
for name, src in [("fact", factorial), ("fizz", fizz), ("underflow", "push 1\nadd"),
                  ("label", "jmp nowhere"), ("div", "push 1\npush 0\nmod"), ("loop", "x:\njmp x"),
                  ("undef", "load q"), ("opcode", "push 2\nfrob")]:
    m = Machine(src)
    try:
        steps = m.run()
        print(name, "ok", steps, " ".join(m.output))
    except VMError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print(name, "error", e, e.pc, cause, m.output)
