# Request ids carried by contextvars: each handler thread starts in a fresh context, a request
# runs inside its own copied context, tokens undo nested overrides, and Context objects behave
# as read-only mappings.
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")
log_lines = []
log_lock = threading.Lock()


def log(message):
    with log_lock:
        log_lines.append(f"[{request_id.get()}] {user.get('anonymous')}: {message}")


def handle(req, who, steps):
    request_id.set(req)
    user.set(who)
    log("start")
    for step in steps:
        token = user.set(f"{who}/{step}")
        log("step")
        user.reset(token)
    log("done")
    return request_id.get()


def worker(slot, requests, results):
    results[slot] = [request_id.get(), user.get(None)]
    for req, who, steps in requests:
        ctx = contextvars.copy_context()
        results[slot].append(ctx.run(handle, req, who, steps))
    results[slot].append(request_id.get())


def main():
    request_id.set("main")
    jobs = [
        [("r1", "ann", ["auth"]), ("r2", "ben", [])],
        [("r3", "cid", ["load", "save"])],
        [("r4", "dee", ["x"]), ("r5", "eve", ["y", "z"])],
    ]
    results = [None] * len(jobs)
    threads = [threading.Thread(target=worker, args=(i, job, results)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        print(r)
    for line in sorted(log_lines):
        print(line)
    print("main still:", request_id.get(), user.get("nobody"))

    ctx = contextvars.copy_context()
    print("context:", len(ctx), ctx[request_id], request_id in ctx, user in ctx, ctx.get(user, "?"))
    print("keys:", sorted(v.name for v in ctx))

    def nested():
        token = request_id.set("inner")
        try:
            return request_id.get()
        finally:
            request_id.reset(token)
    print("nested:", ctx.run(nested), ctx[request_id])
    try:
        ctx.run(ctx.run, len, [])
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    token = user.set("temp")
    print("token:", token.var is user, token.old_value is contextvars.Token.MISSING)
    user.reset(token)
    try:
        user.reset(token)
    except RuntimeError:
        print("token reuse refused")
    try:
        user.get()
    except LookupError:
        print("user unset again")
    empty = contextvars.Context()
    print("empty:", len(empty), empty.run(request_id.get), list(empty.items()))


main()
