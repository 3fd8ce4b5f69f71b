# Unicode text processing: normalization-free comparisons, grapheme-naive counting, code points,
# case mapping that changes length, width-aware padding by hand, and sorting with casefold.
import unicodedata

words = ["café", "cafe\u0301", "Straße", "STRASSE", "ǆemal", "İzmir", "ﬁne", "résumé", "naïve", "𝒜lpha", "🙂smile"]
for w in words:
    print(f"{w!r:<16} len={len(w):<2} upper={w.upper()!r:<14} casefold={w.casefold()!r:<14} "
          f"NFC={len(unicodedata.normalize('NFC', w))} NFD={len(unicodedata.normalize('NFD', w))}")
print("café" == "cafe\u0301", unicodedata.normalize("NFC", "cafe\u0301") == "café")
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print(sorted(words, key=str.casefold))
for ch in "aÅ€😀\u200b٣":
    print(f"U+{ord(ch):04X} {unicodedata.name(ch, '?'):<36} cat={unicodedata.category(ch)} "
          f"digit={unicodedata.digit(ch, None)} east_asian={unicodedata.east_asian_width(ch)}")
print(unicodedata.lookup("GREEK SMALL LETTER LAMDA"), unicodedata.numeric("½"), unicodedata.decimal("٣"))


def display_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


rows = [("English", "Hello"), ("日本語", "こんにちは"), ("Emoji", "🙂🙂"), ("Combining", "e\u0301e\u0301")]
for label, text in rows:
    pad = 12 - display_width(label)
    print(f"|{label}{' ' * pad}|{text}{' ' * (12 - display_width(text))}|")
s = "a🙂b𝔘c"
print([s[i] for i in range(len(s))], s[1:3], s.encode("utf-16-le").hex(), len(s.encode("utf-16-le")) // 2)
print("\N{GREEK CAPITAL LETTER OMEGA}", "\u03a9" == "Ω", "\U0001F600".isprintable(), "\t".isprintable())
print("ß".upper(), "ŉ".upper(), len("ŉ".upper()), "ﬃ".upper(), "İ".lower(), [hex(ord(c)) for c in "İ".lower()])
print("Σίσυφος".upper(), "ΣΊΣΥΦΟΣ".lower(), "ΌΣΟΣ".lower(), "hello world".title(), "ǳ".title())
text = "The naïve café served crème brûlée; the façade was déjà vu."
stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
print(stripped)
print(sorted(set(c for c in text if ord(c) > 127)), text.count("é"), text.find("crème"), text.rfind("é"))
print("x".join("🙂🙃"), "🙂🙃".replace("🙃", "!"), "🙂 a 🙂".split("🙂"), "abc🙂".rjust(6, "·"), f"{'🙂':*^5}")
print(max("a🙂b"), min("a🙂b"), "🙂" in "x🙂", "a🙂b".index("b"), list(reversed("a🙂b")), "🙂".isalpha())
print(str(b"caf\xc3\xa9", "utf-8"), "%s|%5s|%-5s|" % ("é", "é", "é"), repr("\u00e9\u0301"), ascii("🙂"))
