"""Entry point: greets the names given on the command line."""
import keyword
import sys

from greet import greeting
from greet.words import shout


def main(argv):
    if not argv:
        print("usage: app NAME...", file=sys.stderr)
        return 2
    for name in argv:
        print(greeting(name))
    print(shout("done"))
    # keyword comes from the compiled standard library (weft-stdlib), packed into the jar.
    print("keywords:", len(keyword.kwlist))
    # eval needs Weft's compiler at run time: the plugin packs it into the runnable jar.
    print("eval:", eval("6 * 7"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
