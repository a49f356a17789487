# A command-line style main(argv): hand-written option parsing, usage errors via exit()/SystemExit, exit codes.
USAGE = "usage: tool [-v] [-n COUNT] [--sep=S] (upper|repeat|stats) WORDS..."

def parse_args(argv):
    opts = {"verbose": False, "count": 1, "sep": " "}
    positional = []
    it = iter(argv)
    for arg in it:
        if arg == "--":
            positional.extend(it)
            break
        if arg in ("-h", "--help"):
            print(USAGE)
            exit(0)
        if arg == "-v":
            opts["verbose"] = True
        elif arg == "-n":
            value = next(it, None)
            if value is None:
                raise SystemExit("error: -n needs a value")
            if not value.lstrip("-").isdigit():
                raise SystemExit(f"error: -n expects an integer, got {value!r}")
            opts["count"] = int(value)
        elif arg.startswith("--sep="):
            opts["sep"] = arg.partition("=")[2]
        elif arg.startswith("-"):
            print(USAGE)
            exit(2)
        else:
            positional.append(arg)
    if not positional:
        raise SystemExit(2)
    return opts, positional[0], positional[1:]

def main(argv):
    opts, command, words = parse_args(argv)
    if opts["verbose"]:
        print(f"[verbose] command={command} opts={sorted(opts.items())}")
    if command == "upper":
        print(opts["sep"].join(w.upper() for w in words))
    elif command == "repeat":
        if opts["count"] < 0:
            quit(3)
        print(opts["sep"].join(words * opts["count"]))
    elif command == "stats":
        lengths = [len(w) for w in words] or [0]
        print(f"words={len(words)} chars={sum(lengths)} longest={max(lengths)}")
    else:
        raise SystemExit(f"unknown command {command!r}")
    return 0

cases = [["upper", "hello", "world"], ["-v", "repeat", "-n", "3", "ab"], ["--sep=,", "upper", "a", "b"],
         ["stats", "one", "three", "fifteen"], ["stats"], ["-h"], ["-x", "upper"], [], ["-n"], ["-n", "many", "repeat"],
         ["repeat", "-n", "-1", "x"], ["frobnicate", "x"], ["--", "upper", "-v", "--sep=!"]]
for argv in cases:
    print(f"$ tool {' '.join(argv)}")
    try:
        status = main(argv)
        print(f"  exit status {status}")
    except SystemExit as e:
        code = e.code
        kind = "message" if isinstance(code, str) else "code"
        print(f"  SystemExit {kind}: {code!r} args={e.args}")
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException), SystemExit(5).code, SystemExit().code)
try:
    try:
        exit("nested")
    except Exception:
        print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
try:
    try:
        exit(4)
    finally:
        print("finally runs before leaving")
except SystemExit as e:
    print("exit code", e.code)
