# CPython 3.13: Z85 (ZeroMQ RFC 32), which is Base85 with a different 85-character alphabet.
_Z85_ALPHABET = (b'0123456789abcdefghijklmnopqrstuvwxyz'
                 b'ABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#')
_B85_TO_Z85 = bytes.maketrans(_b85alphabet, _Z85_ALPHABET)
# the Base85 characters that are not Z85 ones are mapped to NUL, which b85decode rejects
_B85_ONLY = bytes(sorted(set(_b85alphabet) - set(_Z85_ALPHABET)))
_Z85_TO_B85 = bytes.maketrans(_Z85_ALPHABET + _B85_ONLY, _b85alphabet + b'\x00' * len(_B85_ONLY))


def z85encode(s):
    """Encode the bytes-like object s in Z85 and return a bytes object."""
    return b85encode(s).translate(_B85_TO_Z85)


def z85decode(s):
    """Decode the Z85-encoded bytes-like object or ASCII string s; return the decoded bytes."""
    s = _bytes_from_decode_data(s).translate(_Z85_TO_B85)
    try:
        return b85decode(s)
    except ValueError as e:
        raise ValueError(e.args[0].replace('base85', 'z85')) from None


__all__ += ['z85encode', 'z85decode']
