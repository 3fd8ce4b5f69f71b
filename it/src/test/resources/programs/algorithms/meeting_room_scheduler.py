# Meeting-room scheduling with heapq and bisect: assign rooms with a min-heap of end times,
# merge a priority queue of requests with cancellation (lazy deletion), find free slots with
# bisect over sorted bookings, and report with heapq.nsmallest/nlargest/merge.
import bisect
import heapq
import itertools
from dataclasses import dataclass, field


def hm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def t(text):
    h, m = map(int, text.split(":"))
    return h * 60 + m


requests = [("standup", "09:00", "09:15", 1), ("design", "09:10", "10:30", 2), ("1:1 ana", "09:30", "10:00", 3),
            ("lunch talk", "12:00", "13:00", 1), ("review", "10:00", "11:00", 2), ("retro", "10:15", "11:15", 2),
            ("interview", "10:45", "12:15", 1), ("planning", "13:00", "14:30", 1), ("sync", "14:00", "14:30", 3)]
meetings = sorted((t(s), t(e), name, prio) for name, s, e, prio in requests)

print("-- room assignment (min-heap of (end, room))")
free_rooms = []
busy = []
assignment = {}
room_count = 0
for start, end, name, _ in meetings:
    while busy and busy[0][0] <= start:
        _, room = heapq.heappop(busy)
        heapq.heappush(free_rooms, room)
    if free_rooms:
        room = heapq.heappop(free_rooms)
    else:
        room_count += 1
        room = room_count
    assignment[name] = room
    heapq.heappush(busy, (end, room))
    print(f"  {hm(start)}-{hm(end)} {name:<11} -> room {room} (busy: {sorted(r for _, r in busy)})")
print("rooms needed:", room_count)


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


print("-- priority queue with cancellation")
counter = itertools.count()
queue = []
index = {}
for name, _, _, prio in requests:
    task = Task(prio, next(counter), name)
    index[name] = task
    heapq.heappush(queue, task)
for name in ["review", "standup"]:
    index[name].cancelled = True
heapq.heappush(queue, Task(0, next(counter), "incident"))
order = []
while queue:
    task = heapq.heappop(queue)
    if not task.cancelled:
        order.append(f"{task.name}(p{task.priority})")
print(" ".join(order))

print("-- free slots via bisect")
day_start, day_end = t("08:30"), t("17:00")
bookings = []
for start, end, name, _ in meetings:
    if assignment[name] == 1:
        bisect.insort(bookings, (start, end))
starts = [b[0] for b in bookings]
print("room 1:", [(hm(s), hm(e)) for s, e in bookings])


def is_free(start, end):
    i = bisect.bisect_right(starts, start)
    before_ok = i == 0 or bookings[i - 1][1] <= start
    after_ok = i == len(bookings) or bookings[i][0] >= end
    return before_ok and after_ok


for probe in [("08:30", "09:00"), ("09:15", "09:45"), ("11:00", "12:00"), ("12:15", "13:30"), ("14:30", "16:00")]:
    print(f"  {probe[0]}-{probe[1]} free: {is_free(t(probe[0]), t(probe[1]))}")
gaps = []
cursor = day_start
for s, e in bookings:
    if s > cursor:
        gaps.append((cursor, s))
    cursor = max(cursor, e)
if cursor < day_end:
    gaps.append((cursor, day_end))
print("gaps:", [f"{hm(a)}-{hm(b)} ({b - a}m)" for a, b in gaps])

grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, score)]) for score in [33, 60, 75, 89, 90, 100]])
print(bisect.bisect_left([1, 2, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 2, 3], 2),
      bisect.bisect_left(["b", "d"], "c"), bisect.bisect([(1, "a"), (2, "b")], (2, "a")))
keyed = sorted(meetings, key=lambda m: m[1] - m[0])
durations = [m[1] - m[0] for m in keyed]
print("first >= 60m:", keyed[bisect.bisect_left(durations, 60)][2],
      bisect.bisect_left(keyed, 60, key=lambda m: m[1] - m[0]))

print("-- reports")
lengths = [(e - s, name) for s, e, name, _ in meetings]
print("shortest:", heapq.nsmallest(3, lengths), "longest:", heapq.nlargest(2, lengths))
print(heapq.nlargest(3, requests, key=lambda r: (r[3], r[0])))
morning = sorted(n for s, _, n, _ in meetings if s < t("12:00"))
afternoon = sorted(n for s, _, n, _ in meetings if s >= t("12:00"))
print(list(heapq.merge(morning, afternoon)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
h = [9, 4, 7, 1, 8]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 3), heapq.heapreplace(h, 10), h, [heapq.heappop(h) for _ in range(len(h))])
