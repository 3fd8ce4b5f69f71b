# codecs: lookups, incremental decoding of split multi-byte input, stream readers and writers
# over io.BytesIO, table codecs (cp1252, cp437), byte-order marks and error handlers.
import codecs
import io

SAMPLES = ["plain ascii", "caf\xe9 cr\xe8me", "\u20ac 12,50", "\u65e5\u672c\u8a9e", "emoji \U0001f600!"]

for name in ["utf-8", "UTF8", "latin_1", "utf-16", "cp1252", "Cp437", "koi8-r", "mac-roman"]:
    info = codecs.lookup(name)
    print(f"{name!r:12} -> {info.name}")

print("-- round trips --")
for enc in ["utf-8", "utf-16-le", "utf-16", "utf-32-be", "utf-8-sig"]:
    for s in SAMPLES:
        b = s.encode(enc)
        assert b.decode(enc) == s
        assert codecs.decode(codecs.encode(s, enc), enc) == s
    print(enc, [len(s.encode(enc)) for s in SAMPLES])

print("-- incremental --")
data = "\u20acuro \U0001f600 d\xe9j\xe0".encode("utf-8")
decoder = codecs.getincrementaldecoder("utf-8")()
pieces = [decoder.decode(data[i:i + 1]) for i in range(len(data))]
pieces.append(decoder.decode(b"", final=True))
print(len(pieces), "".join(pieces), sum(1 for p in pieces if p == ""))
print(list(codecs.iterdecode([data[:2], data[2:7], data[7:]], "utf-8")))
print(b"".join(codecs.iterencode(["a", "\xe9", "b"], "utf-16")))
encoder = codecs.getincrementalencoder("utf-16")()
print(encoder.encode("x"), encoder.encode("y"), encoder.encode("", final=True))
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)

print("-- streams --")
buf = io.BytesIO()
writer = codecs.getwriter("utf-16-le")(buf)
for s in SAMPLES:
    writer.write(s + "\n")
print("written:", len(buf.getvalue()))
buf.seek(0)
reader = codecs.getreader("utf-16-le")(buf)
print(reader.readline().rstrip(), "|", reader.readline().rstrip())
print([line.rstrip() for line in reader])

print("-- tables --")
for enc in ["cp1252", "cp437", "latin-1", "ascii"]:
    out = []
    for s in SAMPLES:
        try:
            out.append(s.encode(enc).hex())
        except UnicodeEncodeError as e:
            out.append(f"<{e.reason} at {e.start}>")
    print(enc, out)
print(bytes(range(0x80, 0x90)).decode("cp437"), bytes(range(0x80, 0x90)).decode("cp1252", "replace"))

print("-- errors --")
for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(errors, "caf\xe9 \u20ac".encode("ascii", errors))
print(b"ab\xffcd\xfe".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))


def tag(exc):
    return ("[U+%04X]" % ord(exc.object[exc.start]), exc.start + 1)


codecs.register_error("tag", tag)
print("na\xefve \u2603".encode("ascii", "tag"))
print(codecs.lookup_error("tag") is tag, codecs.lookup_error("strict").__name__)
try:
    codecs.lookup("no-such-encoding")
except LookupError as e:
    print("LookupError:", e)
print(codecs.BOM_UTF16_LE, codecs.BOM_UTF8, "\ufeffx".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"))
