# A text normaliser: folds user-entered names to a canonical key with unicodedata (NFKD, strip
# combining marks, casefold), reports character categories, and compares normal forms.
import unicodedata

NAMES = [
    "Ame\u0301lie",
    "Am\u00e9lie",
    "\uff21\uff4d\uff45\uff4c\uff49\uff45",
    "Zo\u00eb \u2014 O\u2019Brien",
    "\u0130stanbul",
    "Stra\u00dfe",
    "\u212bngstr\u00f6m",
    "\u00c5ngstr\u00f6m",
    "\ufb01nance \u2167",
    "\u1100\u1161\u11a8 \uac01",
    "\u00bd cup \u2460",
]


def strip_marks(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(text):
    return unicodedata.normalize("NFC", strip_marks(text).casefold())


def describe(ch):
    name = unicodedata.name(ch, "<unnamed>")
    return f"U+{ord(ch):04X} {unicodedata.category(ch)} {unicodedata.bidirectional(ch) or '-'} {name}"


def main():
    print("unicode", unicodedata.unidata_version)
    groups = {}
    for n in NAMES:
        groups.setdefault(key(n), []).append(n)
    for k in sorted(groups):
        print(f"{k!r:24} <- {groups[k]!r}")

    print("-- forms --")
    for n in NAMES[:3] + NAMES[6:10]:
        forms = {f: unicodedata.normalize(f, n) for f in ("NFC", "NFD", "NFKC", "NFKD")}
        lens = " ".join(f"{f}={len(v)}" for f, v in forms.items())
        flags = "".join("y" if unicodedata.is_normalized(f, n) else "n" for f in forms)
        print(f"{n!r:28} {lens} normalized={flags}")
    print(unicodedata.normalize("NFC", "\u1100\u1161\u11a8") == "\uac01",
          unicodedata.normalize("NFD", "\uac01") == "\u1100\u1161\u11a8")
    print(ascii(unicodedata.normalize("NFC", "\u0071\u0307\u0323")), ascii(unicodedata.normalize("NFD", "\u1e0b\u0323")))

    print("-- characters --")
    for ch in "A\u00e9\u0301\u05d0\u0661\u00bd\u2167\u3000\U0001f600\u200d(":
        print(describe(ch), "| width", unicodedata.east_asian_width(ch), "| mirrored", unicodedata.mirrored(ch),
              "| decomposition", repr(unicodedata.decomposition(ch)))
    print("-- numbers --")
    for ch in "7\u0667\u00b2\u00bd\u2167\u4e03":
        print(repr(ch), unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))
    print("-- lookups --")
    for name in ["LATIN SMALL LETTER SHARP S", "snowman", "EURO SIGN", "LATIN CAPITAL LETTER GHA", "NO SUCH THING"]:
        try:
            ch = unicodedata.lookup(name)
            print(f"{name} -> {ch!r} U+{ord(ch):04X}")
        except KeyError as e:
            print("KeyError:", e)
    for bad in [lambda: unicodedata.name("\x00"), lambda: unicodedata.normalize("NFX", "a"),
                lambda: unicodedata.decimal("x"), lambda: unicodedata.category("ab")]:
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    old = unicodedata.ucd_3_2_0
    print("3.2:", old.unidata_version, old.category("\u0221"), unicodedata.category("\u0221"), old.normalize("NFKC", "\ufb01"))


main()
