# A hand-written command-line option parser for sys.argv: flags, options with values (--key=value
# and --key value), short clusters (-vvq), a `--` terminator, and positional arguments.
import sys

SPEC = {
    "verbose": ("v", "count", 0),
    "quiet": ("q", "flag", False),
    "output": ("o", "value", "out.txt"),
    "level": ("l", "int", 1),
    "tag": ("t", "list", None),
}
SHORT = {short: name for name, (short, _, _) in SPEC.items()}


class UsageError(Exception):
    pass


def parse(argv):
    opts = {name: (list(default) if kind == "list" and default else [] if kind == "list" else default)
            for name, (_, kind, default) in SPEC.items()}
    positional = []
    i = 0

    def store(name, inline):
        nonlocal i
        kind = SPEC[name][1]
        if kind == "flag":
            if inline is not None:
                raise UsageError(f"--{name} takes no value")
            opts[name] = True
        elif kind == "count":
            opts[name] += 1
        else:
            if inline is None:
                i += 1
                if i >= len(argv):
                    raise UsageError(f"--{name} needs a value")
                inline = argv[i]
            if kind == "int":
                try:
                    inline = int(inline)
                except ValueError:
                    raise UsageError(f"--{name} expects an integer, got {inline!r}") from None
            if kind == "list":
                opts[name].append(inline)
            else:
                opts[name] = inline

    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            positional.extend(argv[i + 1:])
            break
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            if name not in SPEC:
                raise UsageError(f"unknown option --{name}")
            store(name, value if eq else None)
        elif arg.startswith("-") and len(arg) > 1:
            for pos, ch in enumerate(arg[1:]):
                if ch not in SHORT:
                    raise UsageError(f"unknown option -{ch}")
                name = SHORT[ch]
                if SPEC[name][1] in ("value", "int", "list") and pos < len(arg) - 2:
                    store(name, arg[pos + 2:])
                    break
                store(name, None)
        else:
            positional.append(arg)
        i += 1
    return opts, positional


print("argv[0]:", sys.argv[0])
print("raw args:", sys.argv[1:])
opts, files = parse(sys.argv[1:])
for key in sorted(opts):
    print(f"  {key:<8} = {opts[key]!r}")
print("positional:", files)
for bad in [["--colour"], ["-x"], ["--level", "high"], ["--output"], ["--quiet=yes"]]:
    try:
        parse(bad)
    except UsageError as e:
        print(f"{' '.join(bad)!r}: usage error: {e}")
