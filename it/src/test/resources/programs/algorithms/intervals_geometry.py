# Interval algorithms (merge, meeting rooms via sweep line, free slots) and computational
# geometry with exact integer arithmetic (convex hull, polygon area, point in polygon, segments).


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(m) for m in merged]


def rooms_needed(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    current = peak = 0
    for _, delta in events:
        current += delta
        peak = max(peak, current)
    return peak


def free_slots(busy, day_start, day_end):
    slots, cursor = [], day_start
    for start, end in merge_intervals(busy):
        if start > cursor:
            slots.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < day_end:
        slots.append((cursor, day_end))
    return slots


def hhmm(m):
    return f"{m // 60:02d}:{m % 60:02d}"


meetings = [(540, 600), (570, 630), (600, 660), (720, 780), (750, 840), (765, 800), (900, 960)]
print(merge_intervals(meetings))
print("rooms needed:", rooms_needed(meetings))
print("free:", [f"{hhmm(a)}-{hhmm(b)}" for a, b in free_slots(meetings, 480, 1080)])
print(merge_intervals([(1, 4), (4, 5)]), merge_intervals([(5, 6), (1, 2), (2, 3)]), merge_intervals([]))


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def area2(poly):
    return sum(poly[i][0] * poly[(i + 1) % len(poly)][1] - poly[(i + 1) % len(poly)][0] * poly[i][1]
               for i in range(len(poly)))


def inside(poly, p):
    x, y = p
    result = False
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % len(poly)]
        if (y1 > y) != (y2 > y):
            if (x - x1) * (y2 - y1) * (1 if y2 > y1 else -1) < (x2 - x1) * (y - y1) * (1 if y2 > y1 else -1):
                result = not result
    return result


def segments_intersect(p1, p2, p3, p4):
    d1, d2 = cross(p3, p4, p1), cross(p3, p4, p2)
    d3, d4 = cross(p1, p2, p3), cross(p1, p2, p4)
    if ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)) and 0 not in (d1, d2, d3, d4):
        return True

    def on(a, b, c):
        return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])

    return (d1 == 0 and on(p3, p4, p1)) or (d2 == 0 and on(p3, p4, p2)) or \
           (d3 == 0 and on(p1, p2, p3)) or (d4 == 0 and on(p1, p2, p4))


cloud = [(x * 7 % 23, x * 11 % 17) for x in range(40)] + [(0, 0), (22, 16), (11, 8)]
hull = convex_hull(cloud)
print("hull:", hull)
print("hull area:", area2(hull) / 2, "points inside hull (strict):", sum(inside(hull, p) for p in cloud))
square = [(0, 0), (10, 0), (10, 10), (0, 10)]
print([inside(square, p) for p in [(5, 5), (0, 5), (10, 10), (11, 5), (-1, -1), (9, 1)]], area2(square) // 2)
print(segments_intersect((0, 0), (4, 4), (0, 4), (4, 0)), segments_intersect((0, 0), (1, 1), (2, 2), (3, 3)),
      segments_intersect((0, 0), (2, 2), (2, 2), (3, 0)), segments_intersect((0, 0), (4, 0), (1, 1), (3, 1)))
