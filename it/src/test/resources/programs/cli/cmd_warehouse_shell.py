# An interactive warehouse shell on cmd.Cmd, driven by stdin (cmd_warehouse_shell.py.in):
# commands with arguments, help topics, completion helpers, default/emptyline handling,
# precmd/postcmd hooks, shlex-parsed arguments, and a clean exit at EOF.
import cmd
import shlex
import sys


class WarehouseShell(cmd.Cmd):
    intro = "Warehouse shell. Type help or ? to list commands."
    prompt = "(wh) "

    def __init__(self, stdin, stdout):
        super().__init__(stdin=stdin, stdout=stdout)
        self.use_rawinput = False
        self.stock = {"bolt": 100, "nut": 250, "gear": 12}
        self.history = []

    def precmd(self, line):
        line = line.strip()
        if line and not line.startswith("#"):
            self.history.append(line.split()[0])
        return line.lower() if line.startswith("LIST") else line

    def postcmd(self, stop, line):
        if line and not stop and line.split()[0] in ("add", "take"):
            self.stdout.write(f"  [total units: {sum(self.stock.values())}]\n")
        return stop

    def emptyline(self):
        self.stdout.write("  (empty line ignored)\n")

    def default(self, line):
        if line.startswith("#"):
            return
        self.stdout.write(f"*** unknown command: {line.split()[0]!r} (try 'help')\n")

    def _args(self, arg, count, usage):
        try:
            parts = shlex.split(arg)
        except ValueError as e:
            self.stdout.write(f"*** {e}\n")
            return None
        if len(parts) != count:
            self.stdout.write(f"*** usage: {usage}\n")
            return None
        return parts

    def do_list(self, arg):
        """list [prefix]: show stock, optionally only items starting with prefix"""
        for name in sorted(self.stock):
            if name.startswith(arg.strip()):
                self.stdout.write(f"  {name:<12}{self.stock[name]:>6}\n")

    def do_add(self, arg):
        """add ITEM QTY: receive stock"""
        parts = self._args(arg, 2, "add ITEM QTY")
        if parts is None:
            return
        item, qty = parts
        if not qty.isdigit():
            self.stdout.write(f"*** quantity must be a whole number, not {qty!r}\n")
            return
        self.stock[item] = self.stock.get(item, 0) + int(qty)
        self.stdout.write(f"  {item}: {self.stock[item]}\n")

    def do_take(self, arg):
        """take ITEM QTY: ship stock"""
        parts = self._args(arg, 2, "take ITEM QTY")
        if parts is None:
            return
        item, qty = parts[0], int(parts[1])
        have = self.stock.get(item, 0)
        if qty > have:
            self.stdout.write(f"*** only {have} {item} in stock\n")
            return
        self.stock[item] = have - qty
        self.stdout.write(f"  {item}: {self.stock[item]}\n")

    def complete_take(self, text, line, begidx, endidx):
        return sorted(n for n in self.stock if n.startswith(text))

    def help_report(self):
        self.stdout.write("report: a summary of the stock and of the commands used\n")

    def do_report(self, arg):
        low = [n for n, q in sorted(self.stock.items()) if q < 20]
        self.stdout.write(f"  items={len(self.stock)} units={sum(self.stock.values())} low={low}\n")
        counts = {}
        for name in self.history:
            counts[name] = counts.get(name, 0) + 1
        self.stdout.write(f"  commands: {sorted(counts.items())}\n")

    def do_quit(self, arg):
        """quit: leave the shell"""
        self.stdout.write("bye\n")
        return True

    do_EOF = do_quit


shell = WarehouseShell(sys.stdin, sys.stdout)
print("completions for 'take b':", shell.complete_take("b", "take b", 5, 6), shell.completenames("re"))
shell.cmdloop()
print("final stock:", sorted(shell.stock.items()))
print("onecmd result:", shell.onecmd("list g"), shell.lastcmd)
