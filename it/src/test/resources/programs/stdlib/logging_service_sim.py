"""A simulated order service that logs what it does: a root handler on stdout, a per-request
adapter, an in-memory audit trail, a filter, level changes, and failures logged with their
exception (one-line summaries, as a log shipper wants them)."""
import io
import logging
import sys
import traceback
import warnings


class OneLineFormatter(logging.Formatter):
    """Formats exceptions as one line: the failure and where it happened."""

    def formatException(self, exc_info):
        etype, value, tb = exc_info
        frames = traceback.extract_tb(tb)
        where = " <- ".join(f"{f.name}:{f.lineno}" for f in reversed(frames))
        return "  ! " + "".join(traceback.format_exception_only(etype, value)).strip() + f" [{where}]"


class DropHealthChecks(logging.Filter):
    def filter(self, record):
        return not record.getMessage().startswith("GET /health")


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[req {self.extra['req']}] {msg}", kwargs


class OutOfStock(Exception):
    pass


class PaymentDeclined(Exception):
    def __init__(self, code, amount):
        super().__init__(f"code {code} for {amount:.2f}")
        self.code = code


STOCK = {"apple": 5, "pear": 0, "plum": 12}
PRICES = {"apple": 0.5, "pear": 0.75, "plum": 0.2}

log = logging.getLogger("shop")
orders_log = logging.getLogger("shop.orders")
pay_log = logging.getLogger("shop.payments")
audit_buffer = io.StringIO()


def setup():
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    out = logging.StreamHandler(sys.stdout)
    out.setLevel(logging.INFO)
    out.setFormatter(OneLineFormatter("%(levelname)-7s %(name)-14s %(funcName)s:%(lineno)d %(message)s"))
    out.addFilter(DropHealthChecks())
    root.addHandler(out)
    audit = logging.StreamHandler(audit_buffer)
    audit.setLevel(logging.DEBUG)
    audit.setFormatter(logging.Formatter("%(name)s|%(levelno)s|%(module)s|%(message)s"))
    pay_log.addHandler(audit)
    return out


def reserve(item, qty):
    orders_log.debug("reserving %d x %s", qty, item)
    have = STOCK.get(item)
    if have is None:
        raise KeyError(item)
    if have < qty:
        raise OutOfStock(f"{item}: wanted {qty}, have {have}")
    STOCK[item] = have - qty
    return qty * PRICES[item]


def charge(card, amount):
    pay_log.info("charging %s %.2f", card[-4:], amount)
    if card.startswith("0000"):
        raise PaymentDeclined(51, amount)
    if amount > 5:
        pay_log.warning("large payment %.2f needs review", amount)
    return f"tx-{len(card)}-{int(amount * 100)}"


def place_order(req, card, item, qty):
    rlog = RequestAdapter(orders_log, {"req": req})
    rlog.info("order %s x%d", item, qty)
    try:
        amount = reserve(item, qty)
        tx = charge(card, amount)
    except OutOfStock:
        rlog.warning("rejected", exc_info=True)
        return None
    except PaymentDeclined as e:
        STOCK[item] += qty
        rlog.error("payment failed (code %d), stock returned", e.code, exc_info=True)
        return None
    except Exception:
        rlog.exception("unexpected failure")
        return None
    rlog.info("done %s", tx)
    return tx


def serve(requests):
    results = []
    for n, (path, args) in enumerate(requests, 1):
        if path == "/health":
            log.info("GET /health -> ok")
            continue
        results.append(place_order(n, *args))
    return results


def main():
    handler = setup()
    log.info("service starting with %d products", len(STOCK))
    results = serve([
        ("/order", ("4111111111111111", "apple", 2)),
        ("/health", ()),
        ("/order", ("4111111111111111", "pear", 1)),
        ("/order", ("0000111122223333", "plum", 3)),
        ("/order", ("5500000000000004", "plum", 9)),
        ("/order", ("5500000000000004", "kiwi", 1)),
        ("/order", ("4111111111111111", "apple", 1)),
    ])
    print("results:", results)
    print("stock:", STOCK)
    handler.setLevel(logging.DEBUG)
    orders_log.debug("debug visible now")
    logging.getLogger("shop").setLevel(logging.WARNING)
    orders_log.info("hidden by the shop level")
    orders_log.warning("still shown")
    print("effective levels:", {name: logging.getLevelName(logging.getLogger(name).getEffectiveLevel())
                               for name in ("shop", "shop.orders", "other")})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.warn("prices will change", FutureWarning)
    for w in caught:
        log.warning("%s: %s (line %d)", w.category.__name__, w.message, w.lineno)
    print("audit trail:")
    for line in audit_buffer.getvalue().splitlines():
        print("  " + line)
    record = logging.makeLogRecord({"name": "manual", "levelno": logging.ERROR, "levelname": "ERROR",
                                    "msg": "made by hand %s", "args": ("ok",)})
    print(logging.Formatter("%(name)s %(levelname)s %(message)s").format(record))
    logging.shutdown()


main()
