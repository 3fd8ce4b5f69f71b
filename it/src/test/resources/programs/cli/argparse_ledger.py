# A small ledger CLI built on argparse: subcommands, types, choices, defaults, mutually
# exclusive groups, nargs, actions (count, append, store_true), help output and parse errors.
# The real command line comes from argparse_ledger.py.args; other command lines are parsed
# in-process to show argparse's errors (which go to stderr, redirected here to stdout).
import argparse
import contextlib
import sys
from decimal import Decimal

ENTRIES = [
    ("2024-01-03", "groceries", Decimal("54.20")),
    ("2024-01-05", "rent", Decimal("1200.00")),
    ("2024-01-09", "groceries", Decimal("23.75")),
    ("2024-01-15", "transport", Decimal("40.00")),
    ("2024-01-21", "groceries", Decimal("61.10")),
    ("2024-01-28", "fun", Decimal("15.50")),
]


def positive_amount(text):
    try:
        value = Decimal(text)
    except ArithmeticError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text}")
    return value


def build_parser():
    parser = argparse.ArgumentParser(prog="ledger", description="Track spending by category.",
                                     epilog="Amounts are decimal numbers.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output (repeatable)")
    parser.add_argument("--currency", default="EUR", choices=["EUR", "USD", "GBP"])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    add = sub.add_parser("add", help="record an expense")
    add.add_argument("category")
    add.add_argument("amount", type=positive_amount)
    add.add_argument("--date", default="2024-01-31")
    add.add_argument("--tag", action="append", default=[], dest="tags")

    show = sub.add_parser("list", help="list expenses")
    show.add_argument("categories", nargs="*", help="only these categories")
    order = show.add_mutually_exclusive_group()
    order.add_argument("--by-amount", action="store_true")
    order.add_argument("--by-date", action="store_true")
    show.add_argument("--limit", type=int, default=None)

    report = sub.add_parser("report", help="totals per category")
    report.add_argument("--top", type=int, default=3, metavar="N")
    report.add_argument("--min", type=positive_amount, dest="minimum", default=Decimal("0.01"))
    return parser


def run(args, out=print):
    entries = list(ENTRIES)
    if args.command == "add":
        entries.append((args.date, args.category, args.amount))
        out(f"added {args.category} {args.amount} {args.currency} on {args.date} tags={args.tags}")
        out(f"{len(entries)} entries, total {sum(e[2] for e in entries)} {args.currency}")
    elif args.command == "list":
        chosen = [e for e in entries if not args.categories or e[1] in args.categories]
        if args.by_amount:
            chosen.sort(key=lambda e: e[2], reverse=True)
        elif args.by_date:
            chosen.sort(key=lambda e: e[0])
        for date, cat, amount in chosen[:args.limit]:
            out(f"{date}  {cat:<10} {amount:>9} {args.currency}")
    elif args.command == "report":
        totals = {}
        for _, cat, amount in entries:
            totals[cat] = totals.get(cat, Decimal(0)) + amount
        ranked = sorted(((t, c) for c, t in totals.items() if t >= args.minimum), reverse=True)
        for total, cat in ranked[:args.top]:
            share = total / sum(totals.values()) * 100
            out(f"{cat:<10} {total:>9} {args.currency} {share:5.1f}%")
    if args.verbose:
        out(f"(verbosity {args.verbose}) namespace keys: {sorted(vars(args))}")


parser = build_parser()
print("argv:", sys.argv[1:])
run(parser.parse_args())

print("== other command lines")
for argv in (["list", "--by-amount", "--limit", "3"],
             ["list", "groceries", "fun", "--by-date"],
             ["--currency", "USD", "-vv", "report", "--top", "2"],
             ["add", "books", "12.5", "--tag", "work", "--tag", "tax", "--date=2024-02-01"],
             ["report", "--min", "50"]):
    print("$ ledger", " ".join(argv))
    run(parser.parse_args(argv))

print("== errors")
for argv in (["add", "books", "-3"], ["add", "books", "abc"], ["list", "--by-amount", "--by-date"],
             ["--currency", "JPY", "list"], [], ["report", "--top"], ["frobnicate"], ["list", "--limit", "x"]):
    print("$ ledger", " ".join(argv))
    with contextlib.redirect_stderr(sys.stdout):
        try:
            parser.parse_args(argv)
        except SystemExit as e:
            print("exit status", e.code)

print("== help")
parser.print_help()
parser._subparsers._group_actions[0].choices["list"].print_help()
ns, extra = parser.parse_known_args(["list", "--bogus", "x"])
print(ns.command, extra)
print(parser.format_usage(), end="")
