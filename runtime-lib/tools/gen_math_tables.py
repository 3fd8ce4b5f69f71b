"""Generates the math-module tables (runtime-lib/src/test/resources/math/) from CPython 3.13.

Run with: PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_math_tables.py

One file per function, one case per line, fields separated by TAB: the arguments, then the
result. Every value is typed:
  f<16 hex digits>   a float by its IEEE bits (a NaN result is written fnan)
  i<hex>             an int, as Python's hex() (i0x1f, i-0x1f)
  b1 / b0            a bool
  n                  None
A list argument is its items joined by ','; a tuple result its items joined by ';'.
A result that is an exception is written '!' + type name + ': ' + message.
"""
import math
import gzip
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 13), 'run with CPython 3.13'

OUT_DIR = os.path.join(os.path.dirname(__file__), '..', 'src', 'test', 'resources', 'math')
rng = random.Random(20261122)

INF = math.inf
NAN = math.nan
TINY = 5e-324
MAX = sys.float_info.max
MIN_NORMAL = sys.float_info.min


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def enc(v):
    if isinstance(v, bool):
        return 'b1' if v else 'b0'
    if v is None:
        return 'n'
    if isinstance(v, int):
        return 'i' + hex(v)
    if isinstance(v, float):
        return 'fnan' if v != v else 'f%016x' % bits(v)
    if isinstance(v, tuple):
        return ';'.join(enc(x) for x in v)
    if isinstance(v, list):
        return ','.join(enc(x) for x in v)
    raise TypeError(type(v))


def outcome(fn, *args):
    try:
        return enc(fn(*args))
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)


def write(name, header, rows):
    """Writes a gzipped table; mtime 0 keeps the bytes identical from run to run."""
    os.makedirs(OUT_DIR, exist_ok=True)
    text = '# ' + header + '\n' + ''.join('\t'.join(row) + '\n' for row in rows)
    with open(os.path.join(OUT_DIR, name + '.tsv.gz'), 'wb') as raw:
        with gzip.GzipFile(filename='', mode='wb', fileobj=raw, mtime=0) as f:
            f.write(text.encode('ascii'))
    print('%s: %d cases' % (name, len(rows)))


def table(name, fn, arg_lists, header=None):
    rows = []
    seen = set()
    for args in arg_lists:
        key = enc(tuple(args)) if args else ''
        if key in seen:
            continue
        seen.add(key)
        rows.append([enc(a) for a in args] + [outcome(fn, *args)])
    write(name, header or (name + ': arguments | result'), rows)


# ---- input generators --------------------------------------------------------------------

SPECIALS = [0.0, -0.0, INF, -INF, NAN, TINY, -TINY, MIN_NORMAL, -MIN_NORMAL,
            from_bits(0x000fffffffffffff), -from_bits(0x000fffffffffffff), MAX, -MAX,
            1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, -10.0, 0.1, -0.1,
            math.pi, -math.pi, math.pi / 2, -math.pi / 2, math.e, 1e-300, 1e300, -1e300,
            1e-20, 1e20, 2.0 ** 52, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64, 1e16, 0.7, 1.5, -1.5]


def random_bits(n):
    """Floats uniform over bit patterns (every exponent equally likely), finite."""
    out = []
    while len(out) < n:
        x = from_bits(rng.getrandbits(64))
        if math.isfinite(x):
            out.append(x)
    return out


def uniform(a, b, n):
    return [rng.uniform(a, b) for _ in range(n)]


def log_uniform(lo_exp, hi_exp, n, signed=False):
    out = []
    for _ in range(n):
        x = math.ldexp(rng.random() + 0.5, rng.randint(lo_exp, hi_exp))
        out.append(-x if signed and rng.random() < 0.5 else x)
    return out


def around(points, k=6):
    """Each point and its k neighbours on either side."""
    out = []
    for p in points:
        out.append(p)
        lo = hi = p
        for _ in range(k):
            lo = math.nextafter(lo, -INF)
            hi = math.nextafter(hi, INF)
            out += [lo, hi]
    return out


def ints_and_halves(lo, hi):
    out = []
    for i in range(lo, hi + 1):
        out += [float(i), i + 0.5]
    return out


def unary(name, fn, *groups):
    xs = list(SPECIALS)
    for g in groups:
        xs += g
    table(name, fn, [(x,) for x in xs])


def gen_unary():
    rb = random_bits
    unary('exp', math.exp, rb(300), uniform(-746, 710, 2500), uniform(-1, 1, 500),
          uniform(-1e-8, 1e-8, 100), around([709.782712893384, -745.1332191019411, -708.3964185322641, 0.0]),
          ints_and_halves(-50, 50))
    unary('exp2', math.exp2, rb(300), uniform(-1080, 1025, 2500), uniform(-1, 1, 500),
          around([1024.0, -1022.0, -1074.0, -1075.0]), ints_and_halves(-60, 60))
    unary('expm1', math.expm1, rb(300), uniform(-40, 710, 1500), uniform(-1, 1, 1000),
          uniform(-1e-5, 1e-5, 300), around([709.782712893384, 0.0]), ints_and_halves(-40, 40))
    pos = log_uniform(-1074, 1023, 1000)
    near1 = [1 + rng.uniform(-1e-6, 1e-6) for _ in range(400)] + uniform(0.5, 2, 600)
    for name, fn in (('log', math.log), ('log2', math.log2), ('log10', math.log10)):
        unary(name, fn, rb(300), pos, near1, uniform(0, 1000, 500), around([1.0, 10.0, 2.0]),
              [float(2 ** k) for k in range(-1074, 1024, 7)], [10.0 ** k for k in range(-300, 300, 3)])
    unary('log1p', math.log1p, rb(300), uniform(-1, 1, 1500), uniform(-1e-8, 1e-8, 300),
          log_uniform(-60, 1023, 500), around([-1.0, 0.0]), uniform(-1, 100, 400))
    unary('sqrt', math.sqrt, rb(1500), uniform(0, 100, 500), around([1.0, 4.0]))
    unary('cbrt', math.cbrt, rb(1500), uniform(-100, 100, 1500), [float(i ** 3) for i in range(-50, 50)],
          around([1.0, 8.0, -27.0]))
    trig_args = (rb(500), uniform(-10, 10, 2000), uniform(-1e6, 1e6, 500), log_uniform(-30, 1023, 500, True),
                 [k * math.pi / 4 for k in range(-40, 41)], around([math.pi, math.pi / 2, 1e22]))
    unary('sin', math.sin, *trig_args)
    unary('cos', math.cos, *trig_args)
    unary('tan', math.tan, *trig_args)
    inv = (uniform(-1, 1, 2000), around([1.0, -1.0, 0.5, -0.5, 0.0]), uniform(-3, 3, 200), rb(200),
           log_uniform(-60, -1, 300, True))
    unary('asin', math.asin, *inv)
    unary('acos', math.acos, *inv)
    unary('atan', math.atan, rb(800), uniform(-10, 10, 1500), log_uniform(-60, 60, 500, True))
    hyp = (rb(300), uniform(-720, 720, 1000), uniform(-3, 3, 1000), log_uniform(-60, 0, 300, True),
           around([710.4758600739439, -710.4758600739439, 22.0, 0.0]))
    unary('sinh', math.sinh, *hyp)
    unary('cosh', math.cosh, *hyp)
    unary('tanh', math.tanh, rb(300), uniform(-25, 25, 1500), uniform(-1, 1, 800), log_uniform(-60, 0, 300, True),
          around([22.0, -22.0, 0.0]))
    unary('asinh', math.asinh, rb(800), uniform(-10, 10, 1500), log_uniform(-60, 60, 500, True))
    unary('acosh', math.acosh, rb(500), [1 + x for x in log_uniform(-60, 0, 500)], uniform(1, 100, 1000),
          log_uniform(0, 1023, 500), around([1.0]), uniform(-2, 1, 100))
    unary('atanh', math.atanh, uniform(-1, 1, 2000), around([1.0, -1.0, 0.5, 0.0]), log_uniform(-60, -1, 500, True),
          uniform(-3, 3, 100), rb(200))
    unary('erf', math.erf, rb(300), uniform(-6, 6, 2000), uniform(-1, 1, 500), log_uniform(-60, 3, 300, True),
          around([0.84375, 1.25, 2.857142857142857, 6.0]))
    unary('erfc', math.erfc, rb(300), uniform(-6, 30, 2000), uniform(-1, 1, 500), log_uniform(-60, 3, 300, True),
          around([0.84375, 1.25, 2.857142857142857, 6.0, 26.55]))
    unary('gamma', math.gamma, rb(300), uniform(-200, 200, 1500), uniform(-10, 10, 1000), uniform(0, 1e-5, 100),
          around([171.62437695630272, -1.0, 1.0, 2.0, 23.0, 24.0, 5.524680040776729, 140.0, 200.0, -200.0, 1e-20]),
          ints_and_halves(-30, 30), [-x for x in uniform(0, 1e-19, 50)])
    unary('lgamma', math.lgamma, rb(500), uniform(-200, 200, 1500), uniform(-10, 10, 1000), log_uniform(0, 1020, 300),
          around([1.0, 2.0, -1.0, 5.0, 1e-20, 2.5563481638716906e+305]), ints_and_halves(-30, 30))
    unary('fabs', math.fabs, rb(200))
    unary('degrees', math.degrees, rb(500), uniform(-10, 10, 300))
    unary('radians', math.radians, rb(500), uniform(-1000, 1000, 300))
    unary('ulp', math.ulp, rb(500))
    unary('isfinite', math.isfinite, rb(20))
    unary('isinf', math.isinf, rb(20))
    unary('isnan', math.isnan, rb(20))
    unary('frexp', math.frexp, rb(500), around([1.0, MIN_NORMAL, TINY, 0.5]))
    unary('modf', math.modf, rb(500), uniform(-1e6, 1e6, 500), ints_and_halves(-5, 5))
    for name, fn in (('ceil', math.ceil), ('floor', math.floor), ('trunc', math.trunc)):
        unary(name, fn, rb(300), uniform(-1e6, 1e6, 300), around([0.0, 1.0, -1.0, 0.5, -0.5, 2.0 ** 52]),
              ints_and_halves(-5, 5))


def pairs(xs, ys):
    return [(x, y) for x in xs for y in ys]


def gen_binary():
    sp = SPECIALS
    rb = random_bits
    table('atan2', math.atan2, pairs(sp, sp) + list(zip(rb(1000), rb(1000)))
          + list(zip(uniform(-10, 10, 1500), uniform(-10, 10, 1500)))
          + list(zip(log_uniform(-1074, 1023, 500, True), log_uniform(-1074, 1023, 500, True))))
    pw = [(x, y) for x in sp for y in sp]
    pw += list(zip(uniform(0, 10, 1500), uniform(-50, 50, 1500)))
    pw += list(zip(log_uniform(-1074, 1023, 800), uniform(-3, 3, 800)))
    pw += [(rng.uniform(-10, 0), float(rng.randint(-40, 40))) for _ in range(400)]
    pw += [(1 + rng.uniform(-1e-6, 1e-6), rng.uniform(-1e9, 1e9)) for _ in range(300)]
    pw += [(rng.uniform(-10, 0), rng.uniform(-5, 5)) for _ in range(50)]
    pw += [(2.0, y) for y in around([1024.0, -1074.0, -1075.0, 0.5])] + [(10.0, float(k)) for k in range(-330, 320, 7)]
    pw += [(x, 0.5) for x in rb(200)] + [(x, 2.0) for x in rb(200)] + [(x, -1.0) for x in rb(100)]
    pw += list(zip(rb(400), rb(400)))
    table('pow', math.pow, pw)
    fm = pairs(sp, sp) + list(zip(rb(1500), rb(1500))) + list(zip(uniform(-100, 100, 1000), uniform(-10, 10, 1000)))
    fm += [(float(rng.randint(-100, 100)), float(rng.randint(1, 10))) for _ in range(300)]
    fm += [(float(rng.randint(-100, 100)) + 0.5, float(rng.choice([0.5, 1.0, 2.0, -1.0]))) for _ in range(200)]
    table('fmod', math.fmod, fm)
    table('remainder', math.remainder, fm)
    table('copysign', math.copysign, pairs(sp, sp) + list(zip(rb(200), rb(200))))
    nx = [(x, y) for x in sp for y in sp]
    nx += list(zip(rb(300), rb(300)))
    table('nextafter', math.nextafter, nx)
    steps = [0, 1, 2, 3, 10, 1000, 2 ** 52, 2 ** 62, 2 ** 63, 2 ** 64 - 1, 2 ** 64, 2 ** 100, -1]
    nxs = [(x, y, s) for (x, y) in nx[:400:3] for s in steps]
    nxs += [(x, y, rng.randint(0, 2 ** 64)) for (x, y) in zip(rb(300), rb(300))]
    nxs += [(x, y, rng.randint(0, 5)) for (x, y) in zip(rb(300), rb(300))]
    table('nextafter_steps', lambda x, y, s: math.nextafter(x, y, steps=s), nxs)
    fma = [(x, y, z) for x in sp[:12] for y in sp[:12] for z in sp[:12]]
    fma += list(zip(rb(800), rb(800), rb(800)))
    fma += list(zip(uniform(-10, 10, 800), uniform(-10, 10, 800), uniform(-10, 10, 800)))
    for _ in range(600):
        x, y = rng.uniform(-10, 10), rng.uniform(-10, 10)
        fma.append((x, y, -(x * y)))
    fma += [(1e308, 10.0, 0.0), (1e308, 10.0, -INF), (MAX, 2.0, -MAX), (TINY, 0.5, 0.0), (TINY, -0.5, 0.0)]
    table('fma', math.fma, fma)
    ld = [(x, i) for x in sp for i in (0, 1, -1, 1023, 1024, -1074, -1075, 2000, -2000, 2 ** 31, -2 ** 31,
                                         2 ** 63, -2 ** 63, 2 ** 100, -2 ** 100)]
    ld += [(x, rng.randint(-2200, 2200)) for x in rb(1500)]
    table('ldexp', math.ldexp, ld)
    ic = [(a, b) for a in sp[:16] for b in sp[:16]]
    for _ in range(800):
        a = rng.uniform(-100, 100)
        b = a * (1 + rng.choice([1e-10, 1e-9, 2e-9, 1e-8, -1e-9, 0.0])) + rng.choice([0.0, 1e-12])
        ic.append((a, b))
    table('isclose', math.isclose, ic)
    ict = []
    for _ in range(800):
        a = rng.uniform(-10, 10)
        b = a + rng.uniform(-1e-3, 1e-3)
        ict.append((a, b, rng.choice([0.0, 1e-9, 1e-5, 1e-4, 1e-3, 0.5, -1.0, INF, NAN]),
                    rng.choice([0.0, 1e-6, 1e-4, 1e-3, -1e-3, INF, NAN])))
    ict += [(INF, INF, 0.0, 0.0), (INF, -INF, INF, INF), (NAN, NAN, INF, INF), (1.0, INF, INF, INF)]
    table('isclose_tol', lambda a, b, r, t: math.isclose(a, b, rel_tol=r, abs_tol=t), ict)


def rand_vec(n):
    kind = rng.randrange(5)
    if kind == 0:
        return [rng.uniform(-10, 10) for _ in range(n)]
    if kind == 1:
        return random_bits(n)
    if kind == 2:
        return log_uniform(-1074, -1000, n, True)
    if kind == 3:
        return [rng.choice(SPECIALS) for _ in range(n)]
    return log_uniform(-60, 60, n, True)


def gen_nary():
    hy = [[]] + [[x] for x in SPECIALS]
    hy += [[x, y] for x in SPECIALS[:20] for y in SPECIALS[:20]]
    for _ in range(2000):
        hy.append(rand_vec(rng.choice([2, 2, 2, 3, 4, 5, 8, 20])))
    hy += [[3.0, 4.0], [MAX, MAX], [TINY, TINY], [MAX, MAX, MAX], [1e308, 1e308]]
    table('hypot', lambda v: math.hypot(*v), [(v,) for v in hy])
    ds = []
    for _ in range(1500):
        n = rng.choice([0, 1, 2, 2, 3, 5, 17])
        ds.append((rand_vec(n), rand_vec(n)))
    ds += [([1.0], [1.0, 2.0]), ([MAX], [-MAX]), ([INF, NAN], [0.0, 0.0]), ([NAN], [INF])]
    table('dist', math.dist, ds)
    fs = [([],), ([1e308, 1e308],), ([1e308, 1e308, -1e308],), ([1e308, -1e308, 1e308],), ([INF, -INF],),
          ([INF, INF],), ([NAN, 1.0],), ([INF, NAN],), ([1e-16, 1.0, 1e16],), ([MAX, MAX, -INF],),
          ([0.1] * 10,), ([-0.0],), ([-0.0, -0.0],), ([0.0, -0.0],), ([1.0, 1e100, 1.0, -1e100],)]
    for _ in range(1500):
        n = rng.choice([1, 2, 3, 5, 10, 40])
        kind = rng.randrange(4)
        if kind == 0:
            v = [rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20) for _ in range(n)]
        elif kind == 1:
            v = random_bits(n)
        elif kind == 2:
            half = [rng.uniform(-1e10, 1e10) for _ in range(n // 2 + 1)]
            v = half + [-x for x in half] + [rng.uniform(-1e-10, 1e-10)]
            rng.shuffle(v)
        else:
            v = [rng.choice(SPECIALS + [1e308, -1e308]) for _ in range(n)]
        fs.append((v,))
    fs += [([rng.randint(-10 ** 20, 10 ** 20) for _ in range(5)],), ([2 ** 1100],), ([1, 2.5, 3],)]
    table('fsum', math.fsum, fs)


def num_list(n):
    kind = rng.randrange(5)
    if kind == 0:
        return [rng.uniform(-10, 10) for _ in range(n)]
    if kind == 1:
        return [rng.randint(-1000, 1000) for _ in range(n)]
    if kind == 2:
        return [rng.choice([rng.uniform(-1e3, 1e3), rng.randint(-10 ** 6, 10 ** 6)]) for _ in range(n)]
    if kind == 3:
        return [rng.randint(-2 ** 40, 2 ** 40) for _ in range(n)]
    return [rng.choice([rng.randint(-2 ** 70, 2 ** 70), rng.uniform(-1e300, 1e300), rng.choice(SPECIALS)])
            for _ in range(n)]


def gen_numeric_iterables():
    pr = [([], 1), ([], 2.5), ([2 ** 64, 2 ** 64], 1), ([10 ** 400, 1.5], 1), ([1.5, 10 ** 400], 1),
          ([1.5, 2], 10 ** 400), ([2 ** 62, 4], 1), ([-2 ** 63], 1), ([-1], -2 ** 63), ([1e308, 10.0], 1),
          ([3, 2 ** 62, 2.0], 1)]
    for _ in range(1500):
        v = num_list(rng.choice([1, 2, 3, 5, 10, 20]))
        start = rng.choice([1, 1, 1, 2.5, -3, 2 ** 70, 0.0, -0.5])
        pr.append((v, start))
    table('prod', lambda v, s: math.prod(v, start=s), pr)
    sp = [([], []), ([1], []), ([1.0, 2.0], [3.0]), ([10 ** 400], [1.5]), ([1.5], [10 ** 400]), ([1e308], [10.0]),
          ([1e308, -1e308], [10.0, 10.0]), ([INF], [0.0]), ([NAN], [1]), ([True, False], [2.5, 3.5]),
          ([2 ** 62, 2 ** 62], [2, 2]), ([2 ** 63 - 1, 1], [1, 1]), ([0.1] * 10, [1] * 10),
          ([1.5, 2, 3.5, 2 ** 70], [2, 2.5, 1, 1]), ([2 ** 70, 1.5], [1, 2.0])]
    for _ in range(1000):
        n = rng.choice([1, 2, 3, 5, 10, 20])
        sp.append((num_list(n), num_list(n)))
    for _ in range(300):
        n = rng.choice([2, 5, 10])
        p = [rng.uniform(-1e10, 1e10) for _ in range(n)]
        q = [rng.uniform(-1e10, 1e10) for _ in range(n)]
        sp.append((p + [-x for x in p] + [1e-10], q + q + [rng.uniform(-1, 1)]))
    table('sumprod', math.sumprod, sp)


def big_ints(n, bits_hi):
    return [rng.getrandbits(rng.randint(1, bits_hi)) * rng.choice([1, -1]) for _ in range(n)]


def gen_integer():
    small = list(range(-5, 130)) + [2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 2 ** 64 - 1]
    table('isqrt', math.isqrt, [(i,) for i in small + big_ints(1000, 1500)
                                + [(k * k) + d for k in (2 ** 32, 2 ** 53, 10 ** 30, 3 ** 200) for d in (-1, 0, 1)]])
    table('factorial', math.factorial, [(i,) for i in list(range(-3, 200)) + [rng.randint(200, 3000) for _ in range(60)]
                                        + [-2 ** 70, 2 ** 63, 2 ** 70]])
    cb = [(n, k) for n in range(-2, 70) for k in range(-2, 72, 3)]
    cb += [(rng.randint(0, 500), rng.randint(0, 500)) for _ in range(1000)]
    cb += [(rng.randint(0, 2 ** 64), rng.randint(0, 30)) for _ in range(100)]
    cb += [(rng.randint(0, 2 ** 200), rng.randint(0, 30)) for _ in range(60)]
    cb += [(10 ** 20, 10 ** 20 - 3), (2 ** 64, 2 ** 64), (2 ** 64 + 3, 2 ** 64 + 1), (2 ** 100, 2 ** 64), (2 ** 100, 2 ** 100 - 2 ** 64),
           (2 ** 100, 2 ** 101), (-2 ** 100, 1), (5, -2 ** 100), (2 ** 63, 2), (127, 60), (128, 64), (1000, 500)]
    table('comb', math.comb, cb)
    pm = list(cb) + [(n, None) for n in range(-2, 40)]
    table('perm', lambda n, k: math.perm(n, k), pm)
    table('perm1', math.perm, [(n,) for n in range(-2, 40)])
    gl = [([],)] + [([a],) for a in (0, 5, -5, 2 ** 100, -2 ** 100)]
    for _ in range(1500):
        n = rng.choice([2, 2, 3, 5])
        base = rng.randint(1, 10 ** rng.randint(1, 30))
        gl.append(([base * rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)],))
    gl += [([0, 0],), ([0, -7],), ([2 ** 64, 2 ** 65, 0],), ([1, 2 ** 100, -3],), ([-2 ** 63, -2 ** 63],)]
    table('gcd', lambda v: math.gcd(*v), gl)
    table('lcm', lambda v: math.lcm(*v), gl)


def gen_logs():
    ints = [1, 2, 3, 10, 2 ** 53 + 1, 2 ** 1023, 2 ** 1024 - 1, 2 ** 1024, 2 ** 1024 + 1, 10 ** 308, 10 ** 309, 10 ** 400,
            3 ** 2000, 2 ** 20000, 0, -1, -10 ** 400, (2 ** 53 - 1) << 1000, ((2 ** 53 - 1) << 1000) + (1 << 999)]
    ints += [rng.getrandbits(rng.randint(1, 3000)) for _ in range(300)]
    ints += [(2 ** 53 + rng.choice([-1, 1])) * 2 ** rng.randint(970, 1100) + rng.randint(-2 ** 960, 2 ** 960)
             for _ in range(200)]
    rows = [[enc(i), outcome(math.log, i), outcome(math.log2, i), outcome(math.log10, i)] for i in ints]
    write('log_int', 'log_int: int | log | log2 | log10', rows)
    lb = []
    bases = [2.0, 10.0, 0.5, 1.0, 0.0, -2.0, INF, NAN, math.e, 3, 2, 1, 0, -1, 10 ** 400, 7.5]
    for x in [1.0, 8.0, 100.0, 0.0, -1.0, INF, NAN, 1e-300, 8, 2 ** 2000, 0, 1, 10 ** 400, 7.25, 3 ** 50]:
        for b in bases:
            lb.append((x, b))
    for _ in range(1500):
        x = rng.choice([rng.uniform(0, 1e6), rng.randint(1, 10 ** 30), math.ldexp(rng.random(), rng.randint(-1000, 1000))])
        b = rng.choice([rng.uniform(0, 100), rng.randint(2, 100), 2.0, 10.0, 10, 2])
        lb.append((x, b))
    table('log_base', math.log, lb)


def gen_constants():
    write('constants', 'name | value', [[n, enc(getattr(math, n))] for n in ('pi', 'e', 'tau', 'inf', 'nan')])


if __name__ == '__main__':
    gen_constants()
    gen_unary()
    gen_binary()
    gen_nary()
    gen_numeric_iterables()
    gen_integer()
    gen_logs()
