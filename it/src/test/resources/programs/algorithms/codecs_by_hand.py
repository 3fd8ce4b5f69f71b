# Encoders written by hand and checked against the library: base64, hex, Roman numerals, run-length,
# UTF-8 encoding of code points, and a Caesar/Vigenère cipher pair.
import base64

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)


def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(f"{ALPHABET.index(c):06b}" for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


for sample in [b"", b"f", b"fo", b"foo", b"foobar", "naïve 🙂".encode(), bytes(range(0, 256, 17))]:
    mine = b64encode(sample)
    print(f"{sample!r:<48} {mine:<32} lib={mine == base64.b64encode(sample).decode()} back={b64decode(mine) == sample}")

NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, symbol in NUMERALS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total


years = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]
print([to_roman(y) for y in years])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))


def utf8_encode(cp):
    if cp < 0x80:
        return bytes([cp])
    if cp < 0x800:
        return bytes([0xC0 | cp >> 6, 0x80 | cp & 0x3F])
    if cp < 0x10000:
        return bytes([0xE0 | cp >> 12, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])
    return bytes([0xF0 | cp >> 18, 0x80 | cp >> 12 & 0x3F, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])


text = "Aé€🙂𝔘"
print([utf8_encode(ord(c)).hex() for c in text], b"".join(utf8_encode(ord(c)) for c in text) == text.encode())


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isascii() and ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
print(caesar(msg, 3), "|", caesar(caesar(msg, 3), -3) == msg)
enc = vigenere(msg, "LEMON")
print(enc, "|", vigenere(enc, "LEMON", decrypt=True))
print(base64.b16encode(b"\x00\xffweft").decode(), base64.urlsafe_b64encode(b"\xfb\xff\xfe").decode(), bytes.fromhex("776566").decode())
