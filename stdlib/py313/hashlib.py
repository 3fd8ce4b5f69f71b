# hashlib.pbkdf2_hmac, which CPython 3.13 always provides (through OpenSSL). Weft has no
# _hashlib, so it is written here from its definition (PBKDF2, RFC 8018 section 5.2) on hmac.

try:
    pbkdf2_hmac
except NameError:
    def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
        """Password-based key derivation function 2 (PKCS #5 v2.0) with HMAC as the PRF."""
        import hmac as _hmac
        if not isinstance(hash_name, str):
            raise TypeError(f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
        password = memoryview(password).tobytes()
        salt = memoryview(salt).tobytes()
        if iterations < 1:
            raise ValueError("iteration value must be greater than 0.")
        prf = _hmac.new(password, digestmod=hash_name)
        size = prf.digest_size
        if dklen is None:
            dklen = size
        if dklen < 1:
            raise ValueError("key length must be greater than 0.")
        blocks = []
        block_index = 1
        while len(blocks) * size < dklen:
            mac = prf.copy()
            mac.update(salt + block_index.to_bytes(4, 'big'))
            u = mac.digest()
            total = int.from_bytes(u, 'big')
            for _ in range(iterations - 1):
                mac = prf.copy()
                mac.update(u)
                u = mac.digest()
                total ^= int.from_bytes(u, 'big')
            blocks.append(total.to_bytes(size, 'big'))
            block_index += 1
        return b''.join(blocks)[:dklen]

    __all__ += ('pbkdf2_hmac',)
