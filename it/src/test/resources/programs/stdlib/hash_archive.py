"""An archive of signed, compressed blobs built on the standard library's data modules:
random (seeded content), struct (index entries), zlib and gzip (compression), hashlib and hmac
(integrity and authentication), base64 and binascii (text transport)."""
import base64
import binascii
import gzip
import hashlib
import hmac
import random
import struct
import zlib

KEY = b"archive-signing-key"
ENTRY = struct.Struct(">16sIIQ")    # name, offset, length, crc32 + adler32 packed into one field


def make_blobs(rng):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    blobs = {}
    for i in range(6):
        n = rng.randint(20, 200)
        text = " ".join(rng.choice(words) for _ in range(n))
        blobs["file%02d.txt" % i] = text.encode()
    blobs["random.bin"] = rng.randbytes(300)
    return blobs


def build(blobs):
    index = []
    data = bytearray()
    for name in sorted(blobs):
        raw = blobs[name]
        packed = zlib.compress(raw, 9)
        checks = (zlib.crc32(raw) << 32) | zlib.adler32(raw)
        index.append(ENTRY.pack(name.encode(), len(data), len(packed), checks))
        data += packed
    body = struct.pack(">I", len(index)) + b"".join(index) + bytes(data)
    tag = hmac.new(KEY, body, hashlib.sha256).digest()
    return gzip.compress(tag + body, mtime=0)


def read(archive):
    payload = gzip.decompress(archive)
    tag, body = payload[:32], payload[32:]
    if not hmac.compare_digest(tag, hmac.new(KEY, body, "sha256").digest()):
        raise ValueError("bad signature")
    (count,) = struct.unpack_from(">I", body)
    base = 4 + count * ENTRY.size
    out = {}
    for i in range(count):
        name, offset, length, checks = ENTRY.unpack_from(body, 4 + i * ENTRY.size)
        raw = zlib.decompress(body[base + offset:base + offset + length])
        if (zlib.crc32(raw) << 32) | zlib.adler32(raw) != checks:
            raise ValueError("checksum mismatch in %r" % name)
        out[name.rstrip(b"\0").decode()] = raw
    return out


def main():
    rng = random.Random(1234)
    blobs = make_blobs(rng)
    print("blobs", {k: len(v) for k, v in sorted(blobs.items())})
    archive = build(blobs)
    print("archive", len(archive), "bytes; gzip header", archive[:10].hex())
    print("sha1", hashlib.sha1(archive).hexdigest())
    back = read(archive)
    print("restored", back == blobs)
    text = base64.b64encode(archive)
    print("base64", len(text), text[:40].decode(), base64.b64decode(text) == archive)
    print("urlsafe", base64.urlsafe_b64encode(hashlib.md5(archive).digest()).decode())
    print("b32", base64.b32encode(b"weft").decode(), "b16", base64.b16encode(b"\x00\xff").decode())
    print("hexlify", binascii.hexlify(hashlib.blake2s(archive, digest_size=8).digest(), ":").decode())

    tampered = bytearray(gzip.decompress(archive))
    tampered[-1] ^= 1
    try:
        read(gzip.compress(bytes(tampered), mtime=0))
    except ValueError as e:
        print("tampered:", e)
    for algo in ("md5", "sha256", "sha3_256", "blake2b"):
        h = hashlib.new(algo)
        for name in sorted(blobs):
            h.update(blobs[name])
        print("%-8s %s" % (algo, h.hexdigest()[:32]))
    print("hmac-md5", hmac.digest(KEY, b"message", "md5").hex())
    print("shake", hashlib.shake_256(b"weft").hexdigest(10))
    print("sample", rng.sample(range(1000), 5), round(rng.gauss(0, 1), 6), rng.uniform(1, 2))


main()
