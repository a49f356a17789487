"""coroutines: generator-based coroutines driven by send(): a push pipeline
(parser -> filter -> accumulator stages that receive values with
'x = yield'), a round-robin scheduler of cooperative tasks that yield
requests back to it, and a coroutine that is closed and thrown into
(close(), throw(), GeneratorExit, StopIteration.value).

Stresses: generator send/resume, yield as an expression, generator
return values, throw() and close() paths, StopIteration carrying a
value."""

MESSAGES = 3200000
TASKS = 200
TASK_STEPS = 10000


def primed(fn):
    """Starts the coroutine so it is waiting at its first yield."""
    def start(*args):
        coroutine = fn(*args)
        next(coroutine)
        return coroutine
    return start


@primed
def accumulator(results):
    total = 0
    count = 0
    try:
        while True:
            value = yield
            total += value
            count += 1
    except GeneratorExit:
        results.append((count, total))
        raise


@primed
def only_multiples(k, target):
    while True:
        value = yield
        if value % k == 0:
            target.send(value)


@primed
def parse_numbers(target):
    while True:
        text = yield
        for piece in text.split(","):
            if piece:
                target.send(int(piece))


@primed
def averager():
    """Replies to each sent value with the running mean (as a fraction
    numerator, denominator pair, to stay in integers)."""
    total = 0
    count = 0
    reply = None
    while True:
        value = yield reply
        if value is None:
            return total
        total += value
        count += 1
        reply = (total, count)


class Reset(Exception):
    pass


@primed
def resettable():
    level = 0
    while True:
        try:
            level += yield level
        except Reset:
            level = 0


def push_pipeline():
    results = []
    sink = accumulator(results)
    parser = parse_numbers(only_multiples(3, sink))
    state = 7
    for _ in range(MESSAGES // 4):
        parts = []
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            parts.append(str(state % 10000))
        parser.send(",".join(parts) + ",")
    sink.close()
    return results[0]


def worker(ident, steps):
    """A task: yields a request ('work', n) or ('sleep', k) to the
    scheduler and receives the scheduler's answer."""
    acc = ident
    for step in range(steps):
        if step % 10 == 9:
            acc += yield ("sleep", ident % 3)
        else:
            acc = (acc + (yield ("work", step))) % 1000003
    return acc


def schedule(tasks):
    """Round-robin: each pass resumes every live task once, sending it the
    answer to its last request."""
    ready = [(task, None) for task in tasks]
    finished = []
    clock = 0
    while ready:
        upcoming = []
        for task, answer in ready:
            clock += 1
            try:
                request = task.send(answer)
            except StopIteration as stop:
                finished.append(stop.value)
                continue
            kind, n = request
            upcoming.append((task, n * 2 + 1 if kind == "work" else -clock % 7))
        ready = upcoming
    return clock, finished


def throwing():
    r = resettable()
    checksum = 0
    for i in range(MESSAGES // 4):
        if i % 50 == 49:
            checksum += r.throw(Reset)
        else:
            checksum += r.send(i % 9)
    r.close()
    avg = averager()
    for i in range(1, MESSAGES // 8):
        total, count = avg.send(i % 17)
    try:
        avg.send(None)
    except StopIteration as stop:
        checksum += stop.value + total + count
    return checksum


def main():
    count, total = push_pipeline()
    print(f"pipeline: {count} multiples of 3, sum {total}")
    clock, finished = schedule([worker(i, TASK_STEPS) for i in range(TASKS)])
    print(f"scheduler: {clock} switches, results sum {sum(finished)}, "
          f"first {finished[:3]}")
    print(f"throw/close: {throwing()}")


main()
