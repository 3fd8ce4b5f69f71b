"""Cost of one generator step in microseconds of thread CPU: sum() over a generator expression
and a for loop over one, 250,000 steps per round; "warm" is the median of rounds 11-30,
"first_round" the first (cold) round. Side by side: benchmarks/per_op.sh benchmarks/micro/generator_steps.py"""
import time
def work(n):
    return sum(i * i for i in range(n))
def gen_loop(n):
    t = 0
    for v in (i + 1 for i in range(n)):
        t += v
    return t
res = {"sum": [], "for": []}
for r in range(30):
    c0 = time.thread_time()
    for _ in range(125):
        work(2000)
    res["sum"].append(time.thread_time() - c0)
    c0 = time.thread_time()
    for _ in range(125):
        gen_loop(2000)
    res["for"].append(time.thread_time() - c0)
for k, v in res.items():
    v = sorted(v[10:])
    print(f"{k}_warm {v[len(v)//2]*1e6/250000:.4f}")
    print(f"{k}_first_round {res[k][0]*1e6/250000:.4f}")
