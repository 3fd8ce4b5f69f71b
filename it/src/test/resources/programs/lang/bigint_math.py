# Big-integer computations: factorials, Fibonacci, modular arithmetic, a toy RSA.


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def fib_pair(n):
    """(F(n), F(n+1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("not invertible")
    return x % m


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n


def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


f100 = factorial(100)
print("100! =", f100)
print("digits:", len(str(f100)), "digit sum:", sum(map(int, str(f100))))
print("trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
print("F(300) =", fib_pair(300)[0])
print("F(1000) mod 1e9+7 =", fib_pair(1000)[0] % (10**9 + 7))
print("2**521-1 prime?", is_probable_prime(2**521 - 1), " 2**523-1 prime?", is_probable_prime(2**523 - 1))

p = next_prime(10**40 + 1)
q = next_prime(3 * 10**39 + 7)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "d mod 1e6:", d % 10**6)
message = int.from_bytes("weft: python on the JVM".encode(), "big")
cipher = pow(message, e, n)
plain = pow(cipher, d, n)
print("roundtrip:", plain.to_bytes((plain.bit_length() + 7) // 8, "big").decode())
print("pow(-1) inverse agrees:", pow(e, -1, phi) == d)

big = 3**200
print(big)
print(hex(big)[:30], oct(big)[-10:], bin(big).count("1"))
print(big // 7**50, big % 7**50, divmod(-big, 10**30))
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, divmod(-17, 5), divmod(17, -5))
print(isqrt_newton(10**100), isqrt_newton(2 * 10**60))
print((10**50 + 1) * (10**50 - 1) == 10**100 - 1, 2**100 > 10**30, -(2**64) < -(10**19))
print((1 << 200) >> 190, (-(1 << 100)) >> 98, 0xFFFF_FFFF_FFFF_FFFF_FFFF & 0x1234_5678_9ABC_DEF0_1234)
print(~(2**70), (2**70) ^ (2**69 + 5), (2**70) | 1, abs(-(10**25)), int("9" * 40) + 1)
print(int("-123456789012345678901234567890"), int("ff" * 10, 16), int("0b" + "1" * 70, 0))
print(str(2**200)[::-1][:20], (10**20).bit_length(), (-(10**20)).bit_length(), (255).bit_count())
print(round(123456789123456789, -5), round(10**30 + 5 * 10**9, -10), hash(10**30) == hash(10**30))
print(float(2**80), 2**80 / 3, 10**25 // 3.0, int(1e20), int(-2.9e19))
print(sum(k**k for k in range(1, 30)) % 10**12, pow(3, 10**18, 10**9 + 9))
print((2**64).to_bytes(9, "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
catalan = [factorial(2 * k) // (factorial(k + 1) * factorial(k)) for k in range(0, 40, 6)]
print(catalan)
