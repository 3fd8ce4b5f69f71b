# CPU scheduling simulations: FCFS, SJF (non-preemptive), round robin, and priority with aging;
# prints Gantt charts and waiting/turnaround statistics.

PROCESSES = [
    # name, arrival, burst, priority (lower is more urgent)
    ("P1", 0, 8, 3), ("P2", 1, 4, 1), ("P3", 2, 9, 4), ("P4", 3, 5, 2), ("P5", 6, 2, 5), ("P6", 10, 6, 1),
]


def stats(name, finish):
    rows = []
    for pname, arrival, burst, _ in PROCESSES:
        turnaround = finish[pname] - arrival
        rows.append((pname, turnaround, turnaround - burst))
    avg_wait = sum(r[2] for r in rows) / len(rows)
    avg_tat = sum(r[1] for r in rows) / len(rows)
    print(f"{name}: avg wait {avg_wait:.2f}, avg turnaround {avg_tat:.2f}")
    print("   " + "  ".join(f"{p}:w{w}" for p, _, w in rows))


def gantt(segments):
    merged = []
    for seg in segments:
        if merged and merged[-1][0] == seg[0] and merged[-1][2] == seg[1]:
            merged[-1] = (seg[0], merged[-1][1], seg[2])
        else:
            merged.append(seg)
    return " ".join(f"[{s}-{e} {n}]" for n, s, e in merged)


def fcfs():
    t, segs, finish = 0, [], {}
    for name, arrival, burst, _ in sorted(PROCESSES, key=lambda p: (p[1], p[0])):
        t = max(t, arrival)
        segs.append((name, t, t + burst))
        t += burst
        finish[name] = t
    return segs, finish


def sjf():
    pending = list(PROCESSES)
    t, segs, finish = 0, [], {}
    while pending:
        ready = [p for p in pending if p[1] <= t]
        if not ready:
            t = min(p[1] for p in pending)
            continue
        name, _, burst, _ = min(ready, key=lambda p: (p[2], p[1], p[0]))
        pending = [p for p in pending if p[0] != name]
        segs.append((name, t, t + burst))
        t += burst
        finish[name] = t
    return segs, finish


def round_robin(quantum):
    arrivals = sorted(PROCESSES, key=lambda p: (p[1], p[0]))
    remaining = {p[0]: p[2] for p in PROCESSES}
    queue, t, segs, finish, i = [], 0, [], {}, 0
    while len(finish) < len(PROCESSES):
        while i < len(arrivals) and arrivals[i][1] <= t:
            queue.append(arrivals[i][0])
            i += 1
        if not queue:
            t = arrivals[i][1]
            continue
        name = queue.pop(0)
        run = min(quantum, remaining[name])
        segs.append((name, t, t + run))
        t += run
        remaining[name] -= run
        while i < len(arrivals) and arrivals[i][1] <= t:
            queue.append(arrivals[i][0])
            i += 1
        if remaining[name]:
            queue.append(name)
        else:
            finish[name] = t
    return segs, finish


def priority_aging(age_every=4):
    remaining = {p[0]: p[2] for p in PROCESSES}
    prio = {p[0]: p[3] for p in PROCESSES}
    waited = {p[0]: 0 for p in PROCESSES}
    t, segs, finish = 0, [], {}
    while len(finish) < len(PROCESSES):
        ready = [p[0] for p in PROCESSES if p[1] <= t and p[0] not in finish]
        if not ready:
            t += 1
            continue
        name = min(ready, key=lambda n: (prio[n], n))
        segs.append((name, t, t + 1))
        remaining[name] -= 1
        t += 1
        for other in ready:
            if other != name:
                waited[other] += 1
                if waited[other] % age_every == 0 and prio[other] > 0:
                    prio[other] -= 1
        if remaining[name] == 0:
            finish[name] = t
    return segs, finish


for label, (segs, finish) in [("FCFS", fcfs()), ("SJF", sjf()), ("RR q=3", round_robin(3)),
                              ("RR q=1", round_robin(1)), ("priority+aging", priority_aging())]:
    print(gantt(segs))
    stats(label, finish)
