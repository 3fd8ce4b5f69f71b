# A small ray tracer: spheres over a checkered plane, two point lights, hard shadows and
# reflections. Objects are Python classes with operator methods (Vec.__add__ etc.), so the
# workload is attribute access, method dispatch and float arithmetic. Rows are tasks on a
# thread pool; the checksum is a polynomial hash of the 8-bit pixels in row order.
# Usage: raytrace.py [THREADS].
import sys
import time
from concurrent.futures import ThreadPoolExecutor

WIDTH = 400
HEIGHT = 300
MAX_DEPTH = 3
EPSILON = 1e-6


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def norm(self):
        return self * (1.0 / self.length())

    def scale(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal(self, p):
        return (p - self.centre).norm()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, height, reflect):
        self.height = height
        self.reflect = reflect
        self.up = Vec(0.0, 1.0, 0.0)

    def hit(self, ray):
        if abs(ray.direction.y) < EPSILON:
            return None
        t = (self.height - ray.origin.y) / ray.direction.y
        return t if t > EPSILON else None

    def normal(self, p):
        return self.up

    def colour_at(self, p):
        if (int(p.x * 0.5 + 1000.0) + int(p.z * 0.5 + 1000.0)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.15, 0.15, 0.2)


class Scene:
    def __init__(self):
        self.objects = [
            Plane(-1.0, 0.25),
            Sphere(Vec(0.0, 0.0, 6.0), 1.0, Vec(0.9, 0.2, 0.2), 0.4),
            Sphere(Vec(-2.2, 0.3, 7.5), 1.3, Vec(0.2, 0.8, 0.3), 0.3),
            Sphere(Vec(2.0, -0.3, 5.0), 0.7, Vec(0.2, 0.3, 0.9), 0.5),
            Sphere(Vec(0.6, 1.6, 8.5), 0.9, Vec(0.9, 0.8, 0.2), 0.2),
        ]
        self.lights = [(Vec(-5.0, 6.0, 0.0), 0.8), (Vec(4.0, 4.0, 2.0), 0.5)]
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 1.0) * k + Vec(1.0, 1.0, 1.0) * (1.0 - k) * 0.3
        p = ray.at(t)
        n = obj.normal(p)
        base = obj.colour_at(p)
        light = self.ambient
        for pos, power in self.lights:
            d = pos - p
            dist = d.length()
            l = d * (1.0 / dist)
            lambert = n.dot(l)
            if lambert > 0.0 and not self.shadowed(p, l, dist):
                light += lambert * power
        colour = base * light
        if depth < MAX_DEPTH and obj.reflect > 0.0:
            r = ray.direction - n * (2.0 * ray.direction.dot(n))
            colour = colour * (1.0 - obj.reflect) + self.trace(Ray(p, r), depth + 1) * obj.reflect
        return colour


SCENE = Scene()
EYE = Vec(0.0, 0.5, -1.0)


def to_byte(c):
    v = int(c * 255.0)
    return 0 if v < 0 else 255 if v > 255 else v


def render_row(y):
    out = []
    for x in range(WIDTH):
        dx = (x - WIDTH / 2) / HEIGHT
        dy = (HEIGHT / 2 - y) / HEIGHT
        ray = Ray(EYE, Vec(dx, dy, 1.0).norm())
        c = SCENE.trace(ray, 0)
        out.append(to_byte(c.x))
        out.append(to_byte(c.y))
        out.append(to_byte(c.z))
    return out


def main():
    threads_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads_wanted) as pool:
        rows = list(pool.map(render_row, range(HEIGHT)))
    dt = time.perf_counter() - t0
    h = 0
    total = 0
    histogram = [0] * 8
    for row in rows:
        for v in row:
            h = (h * 31 + v) % 1_000_000_007
            total += v
            histogram[v >> 5] += 1
    print(f"{WIDTH}x{HEIGHT} image hash {h}, sum {total}")
    print("histogram", histogram)
    print(f"compute-seconds: {dt:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
