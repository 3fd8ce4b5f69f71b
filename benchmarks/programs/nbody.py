# N-body: eight independent planetary systems (the Jovian planets with slightly different
# initial velocities) advanced over the same number of steps, two systems per task.
# Usage: nbody.py [THREADS]. Checksum on stdout; compute time on stderr.
import sys
import time
import threading

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
SYSTEMS = 8
STEPS = 75_000

BASE = [
    # x, y, z, vx, vy, vz (per year), mass
    (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS),
    (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
     1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
     9.54791938424326609e-04 * SOLAR_MASS),
    (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
     -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
     2.85885980666130812e-04 * SOLAR_MASS),
    (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
     2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
     4.36624404335156298e-05 * SOLAR_MASS),
    (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
     2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
     5.15138902046611451e-05 * SOLAR_MASS),
]


def make_system(variant):
    """Bodies as [[x, y, z], [vx, vy, vz], mass]; the variant scales the planets' speeds."""
    scale = 1.0 + variant * 0.001
    bodies = []
    for i, (x, y, z, vx, vy, vz, m) in enumerate(BASE):
        f = DAYS_PER_YEAR * (scale if i > 0 else 1.0)
        bodies.append([[x, y, z], [vx * f, vy * f, vz * f], m])
    return bodies


def offset_momentum(bodies):
    px = py = pz = 0.0
    for (_, (vx, vy, vz), m) in bodies:
        px -= vx * m
        py -= vy * m
        pz -= vz * m
    v = bodies[0][1]
    v[0] = px / SOLAR_MASS
    v[1] = py / SOLAR_MASS
    v[2] = pz / SOLAR_MASS


def pairs_of(bodies):
    out = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            out.append((bodies[i], bodies[j]))
    return out


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for (r, [vx, vy, vz], m) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz


def energy(bodies, pairs):
    e = 0.0
    for (((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2)) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        dz = z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for (r, [vx, vy, vz], m) in bodies:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.0
    return e


def simulate(variant):
    bodies = make_system(variant)
    pairs = pairs_of(bodies)
    offset_momentum(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, 0.01, STEPS)
    after = energy(bodies, pairs)
    return before, after


def worker(variants, results):
    for v in variants:
        results[v] = simulate(v)


def main():
    threads_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    results = [None] * SYSTEMS
    # Static partition: system v goes to thread v % threads_wanted.
    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(list(range(k, SYSTEMS, threads_wanted)), results))
               for k in range(threads_wanted)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    dt = time.perf_counter() - t0
    for v, (before, after) in enumerate(results):
        print(f"system {v}: {before:.9f} -> {after:.9f}")
    print(f"compute-seconds: {dt:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
