"""richards: simulate a small operating-system kernel: six tasks (an idle
task, a worker, two handlers and two devices) with priorities exchange
packets through per-task queues; a scheduler runs the highest-priority
runnable task, which may hold itself, wait for a packet, release another
task or send a packet. Prints how many packets were queued and how many
times a task held itself (23246 and 9297 with the classic parameters).

Stresses: method calls, attribute reads and writes on instances, small
class hierarchies with overridden methods, linked lists of objects."""

RUNS = 60
IDLE_COUNT = 10000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        # Before sending: the destination task; after: the sender.
        self.ident = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Appends self to the packet list [queue]; returns the new head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    """A task control block. A task is runnable unless it is held or is
    waiting with an empty input queue."""

    def __init__(self, kernel, ident, priority, queue, waiting):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = waiting
        self.held = False
        self.link = kernel.tasks
        kernel.tasks = self
        kernel.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and self.queue is None)

    def step(self):
        """Runs the task once, handing it its next packet if it was waiting
        for one; returns the task the scheduler should look at next."""
        if self.waiting and self.queue is not None:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
        else:
            packet = None
        return self.run(packet)

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, count):
        Task.__init__(self, kernel, IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold_self()
        # A linear-feedback shift register picks which device to wake.
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.kernel.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.kernel.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, queue):
        Task.__init__(self, kernel, WORKER, 1000, queue, True)
        # Flipped before each send, so the first packet goes to handler B.
        self.handler = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.kernel.wait()
        self.handler = HANDLER_A if self.handler == HANDLER_B else HANDLER_B
        packet.ident = self.handler
        packet.datum = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.kernel.send(packet)


class HandlerTask(Task):
    """Copies the letters of each work packet, one per device packet, to
    its device; returns the work packet to the worker when it is spent."""

    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index < DATA_SIZE:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.datum = work.data[index]
                    work.datum = index + 1
                    return self.kernel.send(device)
            else:
                self.work = work.link
                return self.kernel.send(work)
        return self.kernel.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None, True)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.kernel.wait()
            done = self.pending
            self.pending = None
            return self.kernel.send(done)
        self.pending = packet
        self.kernel.chars += packet.datum
        return self.kernel.hold_self()


class Kernel:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.sent = 0
        self.holds = 0
        self.chars = 0

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        """Queues [packet] on its destination task; preempts the current
        task if the destination has higher priority and was idle."""
        task = self.table[packet.ident]
        self.sent += 1
        packet.link = None
        packet.ident = self.current.ident
        if task.queue is None:
            task.queue = packet
            if task.priority > self.current.priority:
                return task
        else:
            packet.append_to(task.queue)
        return self.current

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                self.current = task
                task = task.step()


def run_once():
    kernel = Kernel()
    IdleTask(kernel, IDLE_COUNT)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(kernel, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000),
                                      (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(kernel, handler, priority, queue)
    DeviceTask(kernel, DEVICE_A, 4000)
    DeviceTask(kernel, DEVICE_B, 5000)
    kernel.schedule()
    return kernel.sent, kernel.holds, kernel.chars


def main():
    results = [run_once() for _ in range(RUNS)]
    assert all(r == results[0] for r in results)
    sent, holds, chars = results[0]
    print(f"queued {sent} packets, {holds} holds, {chars} letter sum")


main()
