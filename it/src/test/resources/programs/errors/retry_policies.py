# A retry helper with backoff bookkeeping, a custom exception hierarchy and error classification.


class ServiceError(Exception):
    retryable = False

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"{self.code}: {self.args[0]}"


class Timeout(ServiceError):
    retryable = True


class RateLimited(ServiceError):
    retryable = True

    def __init__(self, message, code, wait):
        super().__init__(message, code)
        self.wait = wait


class BadRequest(ServiceError):
    pass


class GaveUp(Exception):
    pass


def scripted_service(script):
    calls = iter(script)

    def call(payload):
        outcome = next(calls)
        if isinstance(outcome, Exception):
            raise outcome
        return f"{outcome}:{payload}"
    return call


def retry(fn, payload, attempts=4, base_delay=100):
    delays = []
    last = None
    for attempt in range(1, attempts + 1):
        try:
            result = fn(payload)
        except ServiceError as exc:
            last = exc
            if not exc.retryable:
                raise
            delay = exc.wait if isinstance(exc, RateLimited) else base_delay * 2 ** (attempt - 1)
            delays.append(delay)
            continue
        else:
            return result, delays
    raise GaveUp(f"gave up after {attempts} attempts; delays {delays}") from last


scenarios = {
    "first try": ["ok"],
    "two timeouts": [Timeout("slow", 504), Timeout("slow", 504), "ok"],
    "rate limited": [RateLimited("busy", 429, wait=750), "ok"],
    "bad request": [Timeout("slow", 504), BadRequest("malformed", 400)],
    "always down": [Timeout("down", 503)] * 4,
}
for name, script in scenarios.items():
    try:
        result, delays = retry(scripted_service(script), name.replace(" ", "_"))
        print(f"{name:<14} ok      {result} after delays {delays}")
    except GaveUp as e:
        print(f"{name:<14} gaveup  {e} (cause: {e.__cause__})")
    except ServiceError as e:
        print(f"{name:<14} fatal   {type(e).__name__} {e} retryable={e.retryable}")


def classify(exc):
    match exc:
        case RateLimited(wait=w) if w > 500:
            return "slow down a lot"
        case Timeout() | RateLimited():
            return "transient"
        case ServiceError(code=c) if 400 <= c < 500:
            return "client fault"
        case OSError(errno=n) if n is not None:
            return f"os error {n}"
        case _:
            return "unknown"


for exc in [RateLimited("x", 429, 900), RateLimited("x", 429, 10), Timeout("t", 504), BadRequest("b", 404),
            ServiceError("s", 500), OSError(2, "No such file"), ValueError()]:
    print(f"{type(exc).__name__:<13} {classify(exc)}")
print(OSError(2, "No such file"), FileNotFoundError(2, "gone").errno, OSError(2, "x").__class__.__name__)
print(repr(OSError(13, "denied", "/etc/x")), str(OSError(13, "denied", "/etc/x")))
