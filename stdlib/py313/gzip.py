# CPython 3.13's gzip.compress: the member zlib writes (wbits=31), with its header's modification
# time set to mtime (the current time when None) and its OS byte set to 255, "unknown".

def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip member (bytes).

    compresslevel is 0-9; mtime is the modification time written into the header (default: now).
    """
    member = zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    # header: magic (2), method, flags, mtime (4, little-endian), extra flags, OS
    return member[:4] + struct.pack("<LBB", int(mtime), member[8], 255) + member[10:]
