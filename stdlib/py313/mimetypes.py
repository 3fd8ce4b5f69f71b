# CPython 3.13: guess_file_type() guesses from a file-system path (no URL parsing).

def _guess_file_type(self, path, *, strict=True):
    """Guess the type of a file from its path, as guess_type() does from a URL's path."""
    path = os.path.splitdrive(os.fsdecode(path))[1]
    base, ext = os.path.splitext(path)
    while ext.lower() in self.suffix_map:
        base, ext = os.path.splitext(base + self.suffix_map[ext.lower()])
    encoding = self.encodings_map.get(ext)  # encodings are case-sensitive
    if encoding is not None:
        base, ext = os.path.splitext(base)
    ext = ext.lower()
    for strict_only in ((True,) if strict else (True, False)):
        found = self.types_map[strict_only].get(ext)
        if found is not None:
            return found, encoding
    return None, encoding


MimeTypes.guess_file_type = _guess_file_type


def guess_file_type(path, *, strict=True):
    """Guess the MIME type and encoding of the file at path (see MimeTypes.guess_file_type)."""
    if _db is None:
        init()
    return _db.guess_file_type(path, strict=strict)


__all__.append('guess_file_type')
