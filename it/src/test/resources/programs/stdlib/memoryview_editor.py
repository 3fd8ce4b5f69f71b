# A binary buffer editor: a record file image held in a bytearray is patched in place through
# memoryviews (zero-copy slices, casts to 16/32-bit fields), checksummed and dumped in hex.
RECORD = 16  # id:u32, flags:u16, count:u16, name:8 bytes


def build_image(names):
    image = bytearray()
    for i, name in enumerate(names):
        image += (1000 + i).to_bytes(4, "little") + (0).to_bytes(2, "little")
        image += len(name).to_bytes(2, "little") + name.encode("ascii").ljust(8, b"\0")
    return image


def dump(view, width=16):
    for off in range(0, len(view), width):
        chunk = view[off:off + width]
        print(f"{off:04x}  {chunk.hex(' ')}")


def checksum(view):
    total = 0
    for word in view.cast("H"):
        total = (total + word) & 0xFFFF
    return total


def edit(image):
    whole = memoryview(image)
    print("image:", len(image), "bytes,", whole.nbytes // RECORD, "records, readonly:", whole.readonly)
    dump(whole[:32])

    records = [whole[i:i + RECORD] for i in range(0, len(image), RECORD)]
    for rec in records:
        ident = rec[0:4].cast("I")[0]
        name = rec[8:16].tobytes().rstrip(b"\0").decode()
        print(f"record {ident}: {name!r} count={rec[6:8].cast('H')[0]}")

    # set flag bit 1 on every other record, through 16-bit views of the flags field
    for rec in records[::2]:
        flags = rec[4:6].cast("H")
        flags[0] |= 0x2
    print("flags:", [r[4:6].cast("H")[0] for r in records])

    # rename record 2 in place: the view writes through to the bytearray
    name_field = records[2][8:16]
    name_field[:] = b"GAMMA!!\0"
    print("renamed:", bytes(image[40:48]))

    # a strided view: the first byte of every record
    firsts = whole[::RECORD]
    print("first bytes:", firsts.tolist(), "strides:", firsts.strides, "contiguous:", firsts.contiguous)

    print("checksum:", hex(checksum(whole)))
    words = whole.cast("I")
    print("u32 words:", len(words), words[0], words[4], words.format, words.itemsize)
    words[1] = 0xDEADBEEF
    print("patched:", image[4:8].hex(), whole[4:8].tolist())

    ro = memoryview(bytes(image))
    print("read-only equal:", ro == whole, "hash ok:", hash(ro) == hash(bytes(image)))
    try:
        ro[0] = 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        hash(whole)
    except ValueError as e:
        print("ValueError:", e)
    try:
        words[0] = -1
    except ValueError as e:
        print("ValueError:", e)
    try:
        whole[1:].cast("I")
    except TypeError as e:
        print("TypeError:", e)



def main():
    image = build_image(["alpha", "beta", "gamma", "delta"])
    edit(image)
    with memoryview(image) as pinned:
        try:
            image.extend(b"more")
        except BufferError as e:
            print("BufferError:", e)
        print("still", len(pinned), "bytes")
    image.extend(b"tail")
    print("after release:", len(image), bytes(image[-4:]))
    try:
        pinned[0]
    except ValueError as e:
        print("ValueError:", e)
    dump(memoryview(image)[-20:])


main()
