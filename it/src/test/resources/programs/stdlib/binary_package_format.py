# A tiny binary package format: a struct-packed header and index, zlib-compressed entries,
# CRC32/Adler-32 and SHA-256/BLAKE2 checksums, base64/base32/base85/hex transports, and the
# validation errors a reader reports for damaged packages.
import base64
import binascii
import hashlib
import hmac
import struct
import zlib

MAGIC = b"WPKG"
HEADER = struct.Struct("<4sHHI")        # magic, version, entry count, index offset
ENTRY = struct.Struct("<16sIIIB3x")      # name, offset, stored size, raw size, flags


class PackageError(Exception):
    pass


def build(files, level=6):
    body = bytearray()
    index = []
    for name, data in files:
        packed = zlib.compress(data, level)
        stored, flags = (packed, 1) if len(packed) < len(data) else (data, 0)
        index.append(ENTRY.pack(name.encode(), HEADER.size + len(body), len(stored), len(data), flags))
        body += stored
    header = HEADER.pack(MAGIC, 2, len(files), HEADER.size + len(body))
    blob = header + bytes(body) + b"".join(index)
    return blob + struct.pack(">I", zlib.crc32(blob))


def read(blob):
    if len(blob) < HEADER.size + 4:
        raise PackageError("truncated package")
    payload, (crc,) = blob[:-4], struct.unpack(">I", blob[-4:])
    if zlib.crc32(payload) != crc:
        raise PackageError(f"bad checksum {crc:08x} != {zlib.crc32(payload):08x}")
    magic, version, count, index_at = HEADER.unpack_from(payload)
    if magic != MAGIC:
        raise PackageError(f"bad magic {magic!r}")
    out = {}
    for name, offset, stored, raw, flags in ENTRY.iter_unpack(payload[index_at:]):
        data = payload[offset:offset + stored]
        if flags & 1:
            data = zlib.decompress(data)
        if len(data) != raw:
            raise PackageError("size mismatch")
        out[name.rstrip(b"\0").decode()] = data
    return version, out


files = [("readme.txt", b"Weft package format demo.\n" * 20),
         ("data.bin", bytes(range(256)) * 2),
         ("tiny", b"x"),
         ("unicode.txt", "naïve café — ünïcödé\n".encode("utf-8") * 5)]
blob = build(files)
print("package:", len(blob), "bytes; header", blob[:HEADER.size].hex(" "))
print("header fields:", HEADER.unpack_from(blob), "sizes:", HEADER.size, ENTRY.size, struct.calcsize("@iq"))
version, back = read(blob)
print("version", version, {k: len(v) for k, v in back.items()}, back == dict(files))
for name, offset, stored, raw, flags in ENTRY.iter_unpack(blob[HEADER.unpack_from(blob)[3]:-4]):
    print(f"  {name.rstrip(b'\0').decode():<12} at {offset:>4} stored {stored:>4} raw {raw:>4} "
          f"{'deflate' if flags else 'plain'}")

print("-- checksums")
print("crc32", hex(zlib.crc32(blob)), "adler32", zlib.adler32(b"Wikipedia"), binascii.crc32(b"abc"),
      binascii.crc_hqx(b"abc", 0))
print("sha256", hashlib.sha256(blob).hexdigest()[:32])
print("md5", hashlib.md5(b"").hexdigest(), "sha1", hashlib.sha1(b"abc").hexdigest())
print("blake2b", hashlib.blake2b(b"weft", digest_size=16, key=b"k", person=b"pkg").hexdigest())
print("sha3", hashlib.sha3_256(b"").hexdigest()[:24], "shake", hashlib.shake_128(b"x").hexdigest(8))
h = hashlib.sha256()
for chunk in (blob[i:i + 100] for i in range(0, len(blob), 100)):
    h.update(chunk)
print("incremental matches:", h.hexdigest() == hashlib.sha256(blob).hexdigest(), h.name, h.digest_size,
      h.block_size, h.copy().hexdigest() == h.hexdigest())
tag = hmac.new(b"secret", blob, "sha256")
print("hmac", tag.hexdigest()[:20], hmac.compare_digest(tag.digest(), hmac.digest(b"secret", blob, "sha256")))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000, dklen=12).hex())

print("-- transports")
small = back["tiny"] + back["readme.txt"][:10]
for enc in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.b85encode,
            base64.a85encode, binascii.hexlify):
    print(f"  {enc.__name__:<20} {enc(small)}")
print(base64.b64decode(b"d2VmdA=="), base64.b64decode("d2VmdA"+"=="), base64.b32decode("O5SWM5A="),
      base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.standard_b64decode(base64.standard_b64encode(b"ok")))
print(binascii.unhexlify("cafe"), binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk=\n"), bytes.fromhex("de ad"))
print(base64.encodebytes(bytes(60))[:20], len(base64.encodebytes(bytes(60))))

print("-- compression details")
text = b"abcabcabc" * 100
for level in (0, 1, 9):
    print(f"  level {level}: {len(zlib.compress(text, level))} bytes")
c = zlib.compressobj(9, zlib.DEFLATED, -15)
raw_deflate = c.compress(text) + c.flush()
d = zlib.decompressobj(-15)
streamed = b"".join(d.decompress(raw_deflate[i:i + 5]) for i in range(0, len(raw_deflate), 5)) + d.flush()
print(len(raw_deflate), streamed == text, zlib.decompress(raw_deflate, -15) == text, d.eof)
d2 = zlib.decompressobj()
part = d2.decompress(zlib.compress(text) + b"TRAILER", 50)
print(len(part), len(d2.unconsumed_tail) > 0, d2.eof)
print(struct.pack(">hHiIqQ", -2, 2, -3, 3, -4, 4).hex(), struct.unpack("<f d e", struct.pack("<f d e", 1.5, -2.25, 0.5)))
print(struct.pack("3s?x", b"abcdef", True), struct.unpack(">2b", b"\xff\x01"), struct.pack("!L", 1))

print("-- damage")
for damaged in (blob[:10], blob[:-1] + bytes([blob[-1] ^ 1]), b"XXXX" + blob[4:]):
    try:
        read(damaged)
    except PackageError as e:
        print("PackageError:", e)
for bad in (lambda: struct.pack("<H", 70000), lambda: struct.unpack("<I", b"\x00\x01"), lambda: zlib.decompress(b"junk"),
            lambda: base64.b64decode(b"abc", validate=True), lambda: binascii.unhexlify("abc"), lambda: struct.Struct("<z")):
    try:
        bad()
    except (struct.error, zlib.error, binascii.Error, ValueError) as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
