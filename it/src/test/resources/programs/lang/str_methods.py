# str methods on ASCII, Latin-1, BMP and non-BMP text.

samples = [
    "Hello, World",
    "  padded text\t\n",
    "straße",
    "ǅungla İstanbul",
    "日本語のテキスト",
    "emoji 🙂🚀 mixed 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "ΑΒΓ αβγ ς",
    "123 ٣٤٥ ½",
    "",
]

for s in samples:
    print(repr(s), len(s))
    print("  upper", repr(s.upper()), "lower", repr(s.lower()))
    print("  title", repr(s.title()), "swap", repr(s.swapcase()), "cap", repr(s.capitalize()))
    print("  casefold", repr(s.casefold()), "strip", repr(s.strip()))
    print("  is", s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii(), s.isprintable(),
          s.isidentifier())
    print("  reversed", repr(s[::-1]), "slice", repr(s[2:8:2]))

text = "the quick brown fox jumps over the lazy dog the end"
print(text.count("the"), text.find("the", 5), text.rfind("the"), text.index("fox"))
print(text.split(), text.split(" ", 3), text.rsplit(" ", 2))
print(text.partition("fox"), text.rpartition("the"), text.partition("cat"))
print(text.replace("the", "THE", 2), text.startswith(("a", "the")), text.endswith("end", 0, 50))
print("a,b,,c,".split(","), "a  b \t c\n".split(), "line1\nline2\r\nline3".splitlines())
print("line1\nline2\r\n".splitlines(keepends=True), "".split(","), "".split())
print("-".join(["x", "y", "z"]), "".join(reversed("stressed")), ", ".join(map(str, range(5))))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "prefix_body".removeprefix("prefix_"),
      "body.py".removesuffix(".py"))
print("tab\tseparated\tcols".expandtabs(4), repr("a\tb".expandtabs()))
table = str.maketrans({"a": "4", "e": "3", "o": None}, )
print("leetspeak onomatopoeia".translate(table), "hello".translate(str.maketrans("lo", "01")))
print("%-10s|" % "left", "{:^10}|".format("mid"), "caf\u00e9" == "café", "cafe\u0301" == "café")

nonbmp = "a𝔘b🙂c"
print(len(nonbmp), [c for c in nonbmp], [hex(ord(c)) for c in nonbmp])
print(nonbmp.index("🙂"), nonbmp.find("c"), nonbmp[1], nonbmp[-2], nonbmp.encode("utf-8"))
print(nonbmp.encode("utf-16-le").hex(), len(nonbmp.encode("utf-16-le")), nonbmp.encode("utf-32-be")[:8])
print("🙂".encode("utf-8").decode("utf-8") == "🙂", chr(0x1F600), ord("😀"), "\U0001F680", "\N{SNOWMAN}")
print(sorted("b🙂aZ𝔘é"), max("abc🙂"), min("zé"), "🙂" > "\uffff")
print(ascii("naïve 🙂"), repr("quote's \"both\""), repr("\x00\x7f\n\\"), str(b"bytes"))
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
words = "Mississippi".lower()
counts = {}
for ch in words:
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()), words.count("ss"), words.count(""), "aaa".count("aa"))
print("abc" * 3, 2 * "xy", "abc" < "abd", "Z" < "a", "abc" in "xabcx", "" in "x")
print("%c%c%c" % (72, 105, 0x1F600), "{!r:>8}".format("r"), str(12).rjust(5, "0"))
print("one two three".title(), "they're bill's".title(), "hello world".capitalize())
print("a\u0300".isalpha(), "\u2167".isnumeric(), "\u00b2".isdigit(), "\u00b2".isdecimal())
