#!/usr/bin/python3.11
"""Times Krait against CPython 3.11 side by side: each benchmark is a pair of
commands doing the same work; runs alternate (Krait, CPython, Krait, ...) so
machine noise hits both; prints per-benchmark median times' ratio
(CPython time / Krait time: above 1 means Krait is faster), peak RSS of both,
and the geometric mean of the ratios.

usage: bench/run.py [--build build] [--runs 5] [NAME...]"""
import argparse
import math
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPYTHON = "/usr/bin/python3.11"


def stdlib_files():
    out = []
    for dirpath, dirnames, filenames in os.walk("/usr/lib/python3.11"):
        dirnames.sort()
        out += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")]
    return out


def benchmarks(build):
    files = stdlib_files()
    return {
        # tokenize + parse + build the AST of every stdlib and test-suite file
        "parse_stdlib": ([os.path.join(build, "krait"), "--parse"] + files,
                         [CPYTHON, "bench/cpython_parse.py"] + files),
    }


def measure(cmd):
    """(seconds, peak RSS in KiB) of one run of [cmd]."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    table = benchmarks(args.build)
    ratios = []
    print(f"{'benchmark':<16} {'krait s':>9} {'cpython s':>10} {'ratio':>7} {'krait MiB':>10} {'cpython MiB':>12}")
    for name, (kcmd, ccmd) in table.items():
        if args.names and name not in args.names:
            continue
        kt, ct, km, cm = [], [], 0, 0
        for _ in range(args.runs):
            t, m = measure(kcmd)
            kt.append(t)
            km = max(km, m)
            t, m = measure(ccmd)
            ct.append(t)
            cm = max(cm, m)
        k, c = statistics.median(kt), statistics.median(ct)
        ratios.append(c / k)
        print(f"{name:<16} {k:>9.3f} {c:>10.3f} {c / k:>6.2f}x {km / 1024:>10.1f} {cm / 1024:>12.1f}")
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of ratios (CPython time / Krait time): {gm:.2f}x")


if __name__ == "__main__":
    main()
