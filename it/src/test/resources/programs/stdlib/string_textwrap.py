# string and textwrap: constants, Template substitution (safe and strict), a custom Formatter,
# capwords; wrap/fill/shorten/indent/dedent for formatting a report.
import string
import textwrap

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
t = string.Template("Dear $name, your order #${order_id} of $$${amount} ships ${when}.")
print(t.substitute(name="Ada", order_id=42, amount="19.99", when="today"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.get_identifiers(), t.is_valid())


class Dollars(string.Template):
    delimiter = "%"


print(Dollars("cost: %price (%{currency})").substitute(price=3, currency="EUR"))


class UpperFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


f = UpperFormatter()
print(f.format("{0} {name!u} {missing} {1:>5}", "first", 2, name="weft"))
print(list(string.Formatter().parse("a{0}b{x:>3}c{{d}}")))
print(string.capwords("the  quick\tbrown fox"), string.capwords("a-b c-d", "-"))

TEXT = ("Weft compiles Python 3.13 programs ahead of time to JVM bytecode, with a free-threaded runtime "
        "in which CPU-bound threads really run in parallel. The integration corpus checks that every "
        "program prints exactly what CPython prints, down to the last character of every traceback.")
for width in (30, 50):
    print(f"--- width {width}")
    print(textwrap.fill(TEXT, width=width))
print(textwrap.wrap(TEXT, 40)[:3])
print(textwrap.shorten(TEXT, width=60), "|", textwrap.shorten("short text", width=60))
print(textwrap.fill(TEXT, width=44, initial_indent="* ", subsequent_indent="  ", max_lines=3))
code = """
    def f(x):
        return x * 2

    print(f(21))
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("line one\n\nline three\n", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.fill("tabs\tand  double  spaces", width=12, expand_tabs=True, replace_whitespace=True))
table = [("name", "qty", "price"), ("widget", 3, 2.5), ("gadget with a long name", 12, 10.0)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(cell).ljust(w) if i == 0 else str(cell).rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))
