# A worker's exception re-raised by Future.result() in the main thread and left uncaught: the
# traceback shows the main-thread frames, then the worker frames (library frames print as <stdlib>).
from concurrent.futures import ThreadPoolExecutor


def load_record(record_id):
    records = {1: "alpha", 2: "beta", 4: "delta"}
    return records[record_id].upper()


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {n: pool.submit(load_record, n) for n in range(1, 5)}
for n, fut in futures.items():
    print(n, fut.result())
