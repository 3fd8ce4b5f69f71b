"""A binary record store: records are packed with _struct, checksummed with the builtin hash
modules, compressed with zlib and shipped as base64 text through binascii, then decoded and
verified on the other side."""
from _struct import Struct, pack, unpack, unpack_from, calcsize, iter_unpack, pack_into, error
import binascii
import zlib
import _sha2
import _md5
import _blake2
import _sha3

HEADER = Struct("<4sHHI")          # magic, version, record count, payload crc32
RECORD = Struct("<IhHd?3x8s")     # id, temperature, humidity, reading, valid, pad, tag
MAGIC = b"WREC"


class Record:
    def __init__(self, rid, temp, humidity, reading, valid, tag):
        self.rid = rid
        self.temp = temp
        self.humidity = humidity
        self.reading = reading
        self.valid = valid
        self.tag = tag

    def pack(self):
        return RECORD.pack(self.rid, self.temp, self.humidity, self.reading, self.valid, self.tag)

    @classmethod
    def unpack(cls, raw):
        rid, temp, humidity, reading, valid, tag = RECORD.unpack(raw)
        return cls(rid, temp, humidity, reading, valid, tag.rstrip(b"\x00"))

    def __repr__(self):
        return "Record(%d, %d, %d, %r, %r, %r)" % (self.rid, self.temp, self.humidity, self.reading,
                                                 self.valid, self.tag)


def make_records(n):
    records = []
    for i in range(n):
        temp = (i * 37) % 90 - 30
        humidity = (i * 53) % 101
        reading = i * 0.125 - 3.5
        records.append(Record(1000 + i, temp, humidity, reading, i % 3 != 0, ("node%02d" % (i % 7)).encode()))
    return records


def encode(records):
    payload = b"".join(r.pack() for r in records)
    header = HEADER.pack(MAGIC, 2, len(records), zlib.crc32(payload))
    blob = zlib.compress(header + payload, 9)
    digest = _sha2.sha256(blob).digest()
    return binascii.b2a_base64(digest + blob, newline=False)


def decode(text):
    raw = binascii.a2b_base64(text, strict_mode=True)
    digest, blob = raw[:32], raw[32:]
    if _sha2.sha256(blob).digest() != digest:
        raise ValueError("digest mismatch")
    data = zlib.decompress(blob)
    magic, version, count, crc = HEADER.unpack_from(data)
    payload = data[HEADER.size:]
    if magic != MAGIC or zlib.crc32(payload) != crc:
        raise ValueError("corrupt payload")
    return version, [Record.unpack(payload[i:i + RECORD.size]) for i in range(0, len(payload), RECORD.size)]


def main():
    print("header size", HEADER.size, "record size", RECORD.size, calcsize("@bq"), calcsize("=bq"))
    records = make_records(12)
    text = encode(records)
    print("encoded", len(text), "chars:", text[:48])
    version, back = decode(text)
    print("version", version, "records", len(back))
    for r in back[:4]:
        print(" ", r)
    print("same", all(a.pack() == b.pack() for a, b in zip(records, back)))

    # a corrupted transmission
    broken = bytearray(text)
    broken[60] = ord("A") if broken[60] != ord("A") else ord("B")
    try:
        decode(bytes(broken))
    except ValueError as e:
        print("rejected:", e)
    try:
        binascii.a2b_base64(text + b"!", strict_mode=True)
    except binascii.Error as e:
        print("binascii.Error:", e)

    # fixed-layout fields, byte orders and range checks
    print(pack(">hHi", -2, 65535, 7).hex(" "), pack("<e", 1.5).hex(), unpack("!f", pack("!f", 0.1)))
    for fmt, value in (("b", 200), ("<H", -1), ("<q", 2 ** 63), ("?", 0)):
        try:
            print(fmt, pack(fmt, value))
        except error as e:
            print(fmt, "struct.error:", e)
    buf = bytearray(16)
    pack_into("<2I", buf, 4, 0xDEADBEEF, 42)
    print(binascii.hexlify(buf, "-", 4), [t for t in iter_unpack("<H", bytes(buf[4:12]))])

    # digests of the same content with each builtin algorithm
    content = b"".join(r.pack() for r in records)
    for name, h in (("md5", _md5.md5(content)), ("sha224", _sha2.sha224(content)), ("sha3_256", _sha3.sha3_256(content)),
                    ("blake2b-20", _blake2.blake2b(content, digest_size=20, key=b"secret")),
                    ("blake2s", _blake2.blake2s(content, person=b"records"))):
        print("%-11s %s" % (name, h.hexdigest()))
    print("shake_256", _sha3.shake_256(content).hexdigest(12))
    inc = _sha2.sha512()
    for r in records:
        inc.update(r.pack())
    print("incremental sha512 ok", inc.hexdigest() == _sha2.sha512(content).hexdigest())

    # streaming compression in chunks and streaming decompression with a size limit
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    stream = b"".join(comp.compress(r.pack()) for r in records) + comp.flush()
    dec = zlib.decompressobj(-15)
    first = dec.decompress(stream, 50)
    rest = dec.decompress(dec.unconsumed_tail) + dec.flush()
    print("stream", len(stream), len(first), len(rest), dec.eof, first + rest == content)
    print("crc32 %08x adler32 %08x crc_hqx %04x" % (zlib.crc32(content), zlib.adler32(content),
                                                    binascii.crc_hqx(content, 0xFFFF)))
    print(binascii.b2a_qp(b"caf\xc3\xa9 = 1\t\n"), binascii.b2a_uu(b"records"))


main()
