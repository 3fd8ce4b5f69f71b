# bytes and bytearray: literals, indexing, slicing, methods, encoding/decoding with errors,
# mutation, hex, memoryview, and a simple checksum/XOR cipher.

b = b"Hello, \x00\xffWorld"
print(b, len(b), b[0], b[-1], b[7:9], b[::-1][:5], list(b[:3]), bytes(3), bytes(range(65, 70)))
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L", 2), b.find(b"World"), b.count(b"l"))
print(b.startswith(b"Hell"), b.endswith(b"ld"), b"  pad  ".strip(), b"a-b-c".partition(b"-"), b",".join([b"x", b"y"]))
print(b"abc".hex(), b"abc".hex(":"), bytes.fromhex("de ad be ef"), b"\x01\x02".hex(" ", 1), b"ab" * 3, b"a" + b"b")
print(b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b"123".isdigit(), b"Ab".isalpha(), b"x y".title(), b"ab".center(6, b"*"))
text = "naïve café 🙂"
enc = text.encode("utf-8")
print(enc, len(text), len(enc), enc.decode("utf-8") == text)
print(text.encode("latin-1", errors="replace"), text.encode("ascii", errors="ignore"), text.encode("ascii", errors="xmlcharrefreplace"))
print(text.encode("ascii", errors="backslashreplace"), text.encode("utf-16-be")[:8], len(text.encode("utf-32")))
bad = b"ok \xff\xfe bad \xc3"
print(bad.decode("utf-8", errors="replace"), bad.decode("utf-8", errors="ignore"), bad.decode("latin-1"))
print(bad.decode("utf-8", errors="backslashreplace"), repr(bad.decode("utf-8", errors="surrogateescape")))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end, e.encoding)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
ba = bytearray(b"mutable")
ba[0] = ord("M")
ba.extend(b" bytes")
ba.append(33)
ba[1:3] = b"UU"
del ba[-1]
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.find(b"b"), bytes(ba), ba.decode())
ba.reverse()
print(ba, bytearray(4), bytearray([1, 2, 3]) + b"\x04", bytearray("é", "utf-8"))
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
mv = memoryview(bytearray(b"abcdef"))
mv[0] = ord("A")
print(mv.tobytes(), mv[1:3].tobytes(), mv.nbytes, mv.readonly, bytes(mv[::2]), mv.obj)


def checksum(data):
    a, b2 = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b2 = (b2 + a) % 65521
    return (b2 << 16) | a


def xor_cipher(data, key):
    return bytes(byte ^ key[i % len(key)] for i, byte in enumerate(data))


msg = "attack at dawn 🙂".encode()
secret = xor_cipher(msg, b"key")
print(secret.hex(), xor_cipher(secret, b"key").decode(), hex(checksum(b"Wikipedia")), checksum(msg))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(bytes([x for x in b"hello" if x != ord("l")]), b"%s=%d" % (b"n", 5), b"%x" % 255, b"%5s|" % b"r")
print(sorted(b"banana"), max(b"xyz"), sum(b"\x01\x02"), b"a\tb".expandtabs(4), b"A\nB".splitlines())
