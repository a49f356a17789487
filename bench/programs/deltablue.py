"""deltablue: an incremental dataflow constraint solver. Variables are tied
by constraints of different strengths (required, preferred, ...); adding or
removing a constraint re-plans incrementally which constraint determines
each variable, so that stronger constraints win; a plan computed from the
input (edit) constraints then re-evaluates the network cheaply. Two tests
run: a long chain of equalities and a set of scale-and-offset projections.

Stresses: many small objects, virtual method calls across a class
hierarchy, list appends/pops/removes, identity comparisons."""

ROUNDS = 600
SIZE = 100

# Strengths: a smaller number is a stronger constraint.
REQUIRED = 0
STRONG_PREFERRED = 1
PREFERRED = 2
STRONG_DEFAULT = 3
NORMAL = 4
WEAK_DEFAULT = 5
WEAKEST = 6

NONE, FORWARD, BACKWARD = 0, 1, 2


class SolverError(Exception):
    pass


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        # The strength of the weakest constraint on the path that sets this
        # variable: how easily a new constraint could override it.
        self.walk_strength = WEAKEST
        # True when the value cannot change at run time (no input upstream).
        self.stay = True
        self.mark = 0


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Tries to satisfy the constraint, overriding a weaker one on its
        output if need be; returns the overridden constraint or None."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.var.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.var.mark != mark
                          and stronger(self.strength, self.var.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_unsatisfied(self):
        self.satisfied = False

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its current value unless something stronger
    sets it."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks a variable as an input the program will change."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add()

    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.constraints.remove(self)
        self.v2.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        # Write whichever end is not yet planned in this pass, preferring
        # to overwrite the end that is more weakly held.
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and stronger(self.strength, v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = stronger(self.strength, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif stronger(v2.walk_strength, v1.walk_strength):
            ok = stronger(self.strength, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        else:
            ok = stronger(self.strength, v2.walk_strength)
            self.direction = FORWARD if ok else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_unsatisfied(self):
        self.direction = NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def inputs_known(self, mark):
        source = self.input()
        return (source.mark == mark or source.stay
                or source.determined_by is None)

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dest = src * scale + offset, solvable in either direction."""

    def __init__(self, planner, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, planner, src, dest, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.constraints.remove(self)
        self.offset.constraints.remove(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        # Re-add what the removal left unsatisfied, strongest first.
        for strength in range(REQUIRED, WEAKEST + 1):
            for c in unsatisfied:
                if c.strength == strength:
                    self.incremental_add(c)

    def add_propagate(self, constraint, mark):
        """Recomputes walk strengths downstream of [constraint]; fails (and
        undoes the addition) if the propagation meets [mark] again, which
        means the constraint closed a cycle."""
        todo = [constraint]
        while todo:
            c = todo.pop()
            if c.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.add_consumers(c.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, var, into):
        determining = var.determined_by
        for c in var.constraints:
            if c is not determining and c.is_satisfied():
                into.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = sources
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def plan_for_inputs(self, constraints):
        return self.make_plan([c for c in constraints
                               if c.is_input() and c.is_satisfied()])


def execute(plan):
    for c in plan:
        c.execute()


def chain_test(n):
    """v0 = v1 = ... = vn with a stay on vn and an edit on v0: editing v0
    must drag vn along."""
    planner = Planner()
    chain = [Variable(f"v{i}", 0) for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    first, last = chain[0], chain[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_for_inputs([edit])
    total = 0
    for i in range(100):
        first.value = i
        execute(plan)
        if last.value != i:
            raise SolverError("chain test failed")
        total += last.value
    edit.destroy()
    return total


def change(planner, var, value):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for_inputs([edit])
    for _ in range(10):
        var.value = value
        execute(plan)
    edit.destroy()


def projection_test(n):
    """dst[i] = src[i] * scale + offset for n pairs; editing either end of
    a pair or the shared scale and offset must keep all pairs consistent."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, dests = [], []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    # Edit the last pair from both ends, then the shared scale and offset
    # (the last pair keeps the source value set by the second edit).
    change(planner, sources[-1], 17)
    if dests[-1].value != 1170:
        raise SolverError("projection 1 failed")
    change(planner, dests[-1], 1050)
    if sources[-1].value != 5:
        raise SolverError("projection 2 failed")
    change(planner, scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            raise SolverError("projection 3 failed")
    change(planner, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            raise SolverError("projection 4 failed")
    return sum(d.value for d in dests) + sum(s.value for s in sources)


def main():
    total = 0
    for _ in range(ROUNDS):
        total += chain_test(SIZE)
        total += projection_test(SIZE)
    print(f"checksum {total}")


main()
