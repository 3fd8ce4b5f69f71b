# Exact big-integer computations of constants: digits of pi (Machin's formula and a spigot), e,
# sqrt(2) by Newton's method on integers, and the harmonic and Bernoulli numbers as fractions.
from fractions import Fraction


def arctan_inv(x, scale):
    total = term = scale // x
    x2, n, sign = x * x, 1, -1
    while term:
        term //= x2
        n += 2
        total += sign * (term // n)
        sign = -sign
    return total


def pi_machin(digits):
    scale = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)


def pi_spigot(n):
    out = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))


def e_digits(digits):
    scale = 10 ** (digits + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 5)


def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


p1 = pi_machin(200)
p2 = pi_spigot(201)
print(p1[0] + "." + p1[1:101])
print(p1[101:201])
print("spigot agrees:", p1 == p2)
print("digit counts:", [p1.count(d) for d in "0123456789"])
e = e_digits(100)
print("e =", e[0] + "." + e[1:])
root2 = str(isqrt(2 * 10 ** 200))
print("sqrt(2) =", root2[0] + "." + root2[1:81])
harmonic = [sum(Fraction(1, k) for k in range(1, n + 1)) for n in (1, 5, 10, 30)]
print("harmonic:", [str(h) for h in harmonic])


def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    out = []
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
        out.append(a[0])
    return out


print("bernoulli:", [str(b) for b in bernoulli(12)])
print("sum 1/k^2 to 200 (approx pi^2/6):", float(sum(Fraction(1, k * k) for k in range(1, 201))))
