# struct: packing a binary file format (header + records), byte order and alignment, unpack_from,
# iter_unpack, calcsize, and errors; with a checksum computed by hand.
import struct

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<IhfB3x")
print("sizes:", HEADER.size, RECORD.size, struct.calcsize("@ibi"), struct.calcsize("=ibi"), struct.calcsize(">q"))

records = [(1, -40, 1.5, 7), (2, 1200, -0.25, 255), (3, 0, 3.140625, 0)]
body = b"".join(RECORD.pack(*r) for r in records)
checksum = sum(body) & 0xFFFFFFFF
blob = HEADER.pack(b"WEFT", 1, len(records), checksum) + body
print(len(blob), blob[:12].hex(" "), blob[12:28].hex())

magic, version, count, stored_sum = HEADER.unpack_from(blob, 0)
print(magic, version, count, stored_sum == sum(blob[HEADER.size:]) & 0xFFFFFFFF)
for rec in RECORD.iter_unpack(blob[HEADER.size:]):
    print("  record", rec)
print(RECORD.unpack_from(blob, HEADER.size + RECORD.size))

print(struct.pack(">I", 1).hex(), struct.pack("<I", 1).hex(), struct.pack("!h", -2).hex())
print(struct.pack("<q", -1).hex(), struct.unpack("<Q", b"\xff" * 8)[0], struct.unpack(">i", b"\x80\x00\x00\x00"))
print(struct.pack("<d", 0.1).hex(), struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.pack("<e", 1.5).hex())
print(struct.pack("?5sp", True, b"hi", b"pascal"), struct.unpack("3c", b"abc"))
print(struct.pack("<2H", 1, 2), struct.pack("<hxxh", 1, 2).hex(), struct.pack("10s", b"pad"))
for fmt, args in [("<h", (40000,)), ("<B", (-1,)), ("<I", (2**32,)), ("<i", ("x",)), ("<2h", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(f"struct.error {fmt}: {e}")
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 0xBEEF, 0xDEADBEEF)
print(buf.hex(), struct.unpack_from("<I", buf, 3)[0] == 0xDEADBEEF)
print(int.from_bytes(b"\x01\x02", "little"), (513).to_bytes(2, "big"), memoryview(blob)[4:6].tolist())
