#!/usr/bin/python3.11
"""Times Krait against CPython 3.11 side by side: each benchmark is a pair of
commands doing the same work; runs alternate (Krait, CPython, Krait, ...) so
machine noise hits both; prints per-benchmark median times' ratio
(CPython time / Krait time: above 1 means Krait is faster), peak RSS of both,
and the geometric mean of the ratios over the benchmarks that passed.

Benchmarks: parse_stdlib (tokenize + parse every stdlib file), plus every
program in bench/programs/*.py, run as `krait PROG` and `python3.11 PROG`.
A program passes only if Krait exits 0 and prints exactly what CPython
prints; otherwise its line says FAIL and why, and it stays out of the mean.

usage: bench/run.py [--build build] [--runs 5] [--timeout 300]
                    [-x PATTERN]... [--list] [--check-programs] [PATTERN...]
PATTERNs are benchmark names or shell-style globs ('str_*', '*queens')."""
import argparse
import ast
import fnmatch
import glob
import math
import os
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPYTHON = "/usr/bin/python3.11"
PROGRAMS = "bench/programs"
GNU_TIME = "/usr/bin/time"
HAVE_GNU_TIME = os.access(GNU_TIME, os.X_OK)


class Bench:
    """One benchmark: the Krait and CPython commands, and whether their
    stdout must match (programs) or only the time counts (parse_stdlib,
    whose two sides print different diagnostics)."""

    def __init__(self, name, krait, cpython, compare):
        self.name = name
        self.krait = krait
        self.cpython = cpython
        self.compare = compare


class Run:
    """The outcome of one command: wall time, CPU time (user + system),
    peak RSS (KiB), exit status (negative: killed by that signal), captured
    output, and whether it was killed for running past the timeout."""

    def __init__(self, seconds, cpu, rss, status, stdout, stderr, timed_out):
        self.seconds = seconds
        self.cpu = cpu
        self.rss = rss
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out


class Failure(Exception):
    """A benchmark that cannot be timed; the message says why."""


def stdlib_files():
    out = []
    for dirpath, dirnames, filenames in os.walk("/usr/lib/python3.11"):
        dirnames.sort()
        out += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")]
    return out


def benchmarks(build, cpython):
    krait = os.path.join(build, "krait")
    files = stdlib_files()
    table = [
        # tokenize + parse + build the AST of every stdlib and test-suite file
        Bench("parse_stdlib", [krait, "--parse"] + files,
              [cpython, "bench/cpython_parse.py"] + files, False),
    ]
    for path in sorted(glob.glob(os.path.join(ROOT, PROGRAMS, "*.py"))):
        rel = os.path.join(PROGRAMS, os.path.basename(path))
        name = os.path.splitext(os.path.basename(path))[0]
        table.append(Bench(name, [krait, rel], [cpython, rel], True))
    return table


def wait_with_timeout(pid, timeout):
    """wait4() for [pid], killing its process group first if it outlives
    [timeout] seconds. A pidfd makes the wait interruptible without racing
    against pid reuse; without pidfd support the wait has no timeout."""
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        _, status, usage = os.wait4(pid, 0)
        return status, usage, False
    try:
        ready, _, _ = select.select([pidfd], [], [], timeout)
        timed_out = not ready
        if timed_out:
            # The group: under GNU time the benchmark is a grandchild.
            os.killpg(pid, signal.SIGKILL)
        _, status, usage = os.wait4(pid, 0)
    finally:
        os.close(pidfd)
    return status, usage, timed_out


def gnu_time_report(text, status):
    """CPU seconds, peak RSS (KiB) and exit status from GNU time's -o file:
    it ends with the "%U %S %M" line and, if the command died of a signal,
    says which before it."""
    lines = text.splitlines()
    fields = lines[-1].split() if lines else []
    try:
        cpu, rss = float(fields[0]) + float(fields[1]), int(fields[2])
    except (IndexError, ValueError):
        cpu, rss = 0.0, 0
    for line in lines:
        if line.startswith("Command terminated by signal "):
            status = -int(line.rsplit(" ", 1)[1])
    return cpu, rss, status


def measure(cmd, timeout, env=None):
    """Runs [cmd] once from the repository root and returns a Run.

    Peak RSS comes from GNU time when it is installed: a child's ru_maxrss
    as seen by this script starts at this script's own RSS (exec keeps the
    high-water mark of the address space it replaces), which would hide
    anything smaller than about 10 MiB."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as report:
        wrapped = [GNU_TIME, "-f", "%U %S %M", "-o", report.name] + cmd if HAVE_GNU_TIME else cmd
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(wrapped, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=err, env=env, start_new_session=True)
        except OSError as e:
            raise Failure(f"cannot start {wrapped[0]}: {e.strerror}") from e
        status, usage, timed_out = wait_with_timeout(proc.pid, timeout)
        seconds = time.perf_counter() - start
        # The child is reaped already: tell Popen, so it never waits on a pid
        # that may have been reused.
        proc.returncode = os.waitstatus_to_exitcode(status)
        status, rss = proc.returncode, usage.ru_maxrss
        cpu = usage.ru_utime + usage.ru_stime
        if HAVE_GNU_TIME:
            cpu, rss, status = gnu_time_report(report.read(), status)
        out.seek(0)
        err.seek(0)
        return Run(seconds, cpu, rss, status, out.read(), err.read(), timed_out)


def clip(text, width=140):
    return text if len(text) <= width else text[:width - 3] + "..."


def describe_failure(who, run, timeout):
    """Why [run] failed: timeout, signal or exit status, with the last line
    of its stderr (where a Python traceback puts the exception)."""
    if run.timed_out:
        return f"{who} timed out after {timeout:g} s"
    if run.status < 0:
        try:
            what = signal.Signals(-run.status).name
        except ValueError:
            what = f"signal {-run.status}"
        reason = f"{who} killed by {what}"
    else:
        reason = f"{who} exited with status {run.status}"
    lines = [l for l in run.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    if lines:
        reason += ": " + lines[-1].strip()
    return clip(reason)


def first_difference(krait, cpython):
    """Names the first line where Krait's stdout differs from CPython's."""
    k = krait.decode("utf-8", "replace").splitlines()
    c = cpython.decode("utf-8", "replace").splitlines()
    for i, (kl, cl) in enumerate(zip(k, c)):
        if kl != cl:
            return clip(f"output differs at line {i + 1}: krait {kl!r}, cpython {cl!r}", 160)
    if len(k) != len(c):
        shorter = "krait" if len(k) < len(c) else "cpython"
        return f"output differs: {shorter} stops after {min(len(k), len(c))} lines"
    return "output differs in line endings or trailing bytes"


def check_run(bench, run, who, timeout):
    failed = run.timed_out or run.status < 0 or (bench.compare and run.status != 0)
    if failed:
        raise Failure(describe_failure(who, run, timeout))


def time_pair(bench, runs, timeout, ct, cm):
    """Alternates Krait and CPython [runs] times; returns Krait's times and
    peak RSS. CPython's go into [ct] and [cm] as they come, so a Failure
    still leaves CPython's figures for the report."""
    kt, km = [], 0
    expected = None
    if not os.access(os.path.join(ROOT, bench.krait[0]), os.X_OK):
        raise Failure(f"no {bench.krait[0]}: build it first (make)")
    for _ in range(runs):
        k = measure(bench.krait, timeout)
        c = measure(bench.cpython, timeout)
        check_run(bench, c, "cpython", timeout)
        ct.append(c.seconds)
        cm[0] = max(cm[0], c.rss)
        check_run(bench, k, "krait", timeout)
        if bench.compare:
            if expected is None:
                expected = c.stdout
            elif c.stdout != expected:
                raise Failure("cpython's output changes from run to run")
            if k.stdout != expected:
                raise Failure(first_difference(k.stdout, expected))
        kt.append(k.seconds)
        km = max(km, k.rss)
    return kt, km


def select_benchmarks(table, patterns, excludes):
    def matches(name, pats):
        return any(fnmatch.fnmatchcase(name, p) for p in pats)
    chosen = [b for b in table
              if (not patterns or matches(b.name, patterns))
              and not matches(b.name, excludes)]
    unknown = [p for p in patterns if not any(fnmatch.fnmatchcase(b.name, p) for b in table)]
    if unknown:
        sys.exit(f"run.py: no benchmark matches {', '.join(unknown)} (see --list)")
    return chosen


def report(table, args):
    width = max([16] + [len(b.name) for b in table])
    ratios = []
    failed = 0
    print(f"{'benchmark':<{width}} {'krait s':>9} {'cpython s':>10} {'ratio':>7} "
          f"{'krait MiB':>10} {'cpython MiB':>12}", flush=True)
    for bench in table:
        ct, cm = [], [0]
        try:
            kt, km = time_pair(bench, args.runs, args.timeout, ct, cm)
        except Failure as e:
            failed += 1
            c = f"{statistics.median(ct):>10.3f}" if ct else f"{'-':>10}"
            cmib = f"{cm[0] / 1024:>12.1f}" if ct else f"{'-':>12}"
            print(f"{bench.name:<{width}} {'FAIL':>9} {c} {'-':>7} {'-':>10} {cmib}  {e}",
                  flush=True)
            continue
        k, c = statistics.median(kt), statistics.median(ct)
        ratios.append(c / k)
        print(f"{bench.name:<{width}} {k:>9.3f} {c:>10.3f} {c / k:>6.2f}x "
              f"{km / 1024:>10.1f} {cm[0] / 1024:>12.1f}", flush=True)
    if not HAVE_GNU_TIME:
        print(f"note: no {GNU_TIME}: peak RSS cannot go below this script's own")
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of ratios (CPython time / Krait time): {gm:.2f}x"
              f" over {len(ratios)} of {len(table)} benchmarks")
    else:
        print(f"geometric mean of ratios: no benchmark passed ({len(table)} run)")
    return failed


def imports_in(path):
    """Names the modules [path] imports: the programs must import nothing,
    since Krait will run them long before it has a standard library."""
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append(node.module or ".")
        elif isinstance(node, ast.Name) and node.id == "__import__":
            found.append("__import__")
    return found


def check_programs(table, args):
    """CPython only: runs each program three times (random hash seed, then
    PYTHONHASHSEED=1 and 2) and checks the outputs agree, so none depends on
    str hashing; reports each run's wall and CPU time (the programs should
    take 1-3 s: CPU time is judged, as it suffers less from a busy machine)
    and any import statement. Returns the number of programs at fault."""
    bad = 0
    for bench in table:
        if not bench.compare:
            continue
        problems = [f"imports {', '.join(found)}"
                    for found in [imports_in(os.path.join(ROOT, bench.cpython[-1]))] if found]
        outs, times, cpus = [], [], []
        for seed in (None, "1", "2"):
            env = dict(os.environ)
            env.pop("PYTHONHASHSEED", None)
            if seed is not None:
                env["PYTHONHASHSEED"] = seed
            try:
                run = measure(bench.cpython, args.timeout, env)
                check_run(bench, run, "cpython", args.timeout)
            except Failure as e:
                problems.append(str(e))
                break
            outs.append(run.stdout)
            times.append(run.seconds)
            cpus.append(run.cpu)
        if len(set(outs)) > 1:
            problems.append("output depends on the hash seed")
        if not all(1.0 <= t <= 3.0 for t in cpus):
            problems.append("CPU time outside 1-3 s")
        bad += bool(problems)
        wall = " ".join(f"{t:5.2f}" for t in times)
        cpu = " ".join(f"{t:5.2f}" for t in cpus)
        print(f"{bench.name:<24} wall {wall} s  cpu {cpu} s  {'; '.join(problems) or 'ok'}",
              flush=True)
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build", help="build directory holding krait")
    ap.add_argument("--runs", type=int, default=5, help="runs of each side (default 5)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a run is killed (default 300)")
    ap.add_argument("--cpython", default=CPYTHON, help=f"reference Python (default {CPYTHON})")
    ap.add_argument("-x", "--exclude", action="append", default=[], metavar="PATTERN",
                    help="skip benchmarks matching PATTERN (repeatable)")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    ap.add_argument("--check-programs", action="store_true",
                    help="only run the programs under CPython, with three hash seeds; "
                         "check outputs agree, times are 1-3 s and nothing is imported")
    ap.add_argument("--strict", action="store_true",
                    help="exit with status 1 if any benchmark fails")
    ap.add_argument("names", nargs="*", metavar="PATTERN")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    table = select_benchmarks(benchmarks(args.build, args.cpython), args.names, args.exclude)
    if args.list:
        for bench in table:
            print(bench.name)
        return 0
    if args.check_programs:
        return 1 if check_programs(table, args) else 0
    failed = report(table, args)
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
