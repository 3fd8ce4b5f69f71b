# An event system (observer pattern): subscriptions with priorities, one-shot handlers, weak-free
# unsubscription tokens, event propagation stopping, and handlers raising errors.


class Event:
    def __init__(self, name, **payload):
        self.name = name
        self.payload = payload
        self.stopped = False
        self.handled_by = []

    def stop(self):
        self.stopped = True


class Subscription:
    def __init__(self, bus, name, handler, priority, once):
        self.bus, self.name, self.handler, self.priority, self.once = bus, name, handler, priority, once
        self.active = True

    def cancel(self):
        if self.active:
            self.active = False
            self.bus._subs[self.name].remove(self)


class EventBus:
    def __init__(self):
        self._subs = {}
        self._seq = 0
        self.errors = []

    def on(self, name, priority=0, once=False):
        def register(handler):
            sub = Subscription(self, name, handler, priority, once)
            self._seq += 1
            sub.seq = self._seq
            self._subs.setdefault(name, []).append(sub)
            self._subs[name].sort(key=lambda s: (-s.priority, s.seq))
            handler.subscription = sub
            return handler
        return register

    def emit(self, name, **payload):
        event = Event(name, **payload)
        for sub in list(self._subs.get(name, [])) + list(self._subs.get("*", [])):
            if not sub.active:
                continue
            try:
                sub.handler(event)
                event.handled_by.append(sub.handler.__name__)
            except Exception as e:
                self.errors.append(f"{sub.handler.__name__} failed on {name}: {e!r}")
            if sub.once:
                sub.cancel()
            if event.stopped:
                break
        return event


bus = EventBus()
audit = []


@bus.on("order.created", priority=10)
def validate(event):
    if event.payload["amount"] <= 0:
        audit.append(f"rejected order {event.payload['id']}")
        event.stop()


@bus.on("order.created")
def reserve_stock(event):
    audit.append(f"reserved stock for {event.payload['id']}")


@bus.on("order.created", priority=5, once=True)
def welcome_discount(event):
    audit.append(f"first order discount on {event.payload['id']}")


@bus.on("order.created", priority=-1)
def flaky_mailer(event):
    if event.payload["id"] % 2:
        raise ConnectionError("smtp down")
    audit.append(f"mailed confirmation for {event.payload['id']}")


@bus.on("*", priority=0)
def log_all(event):
    audit.append(f"log {event.name} {sorted(event.payload.items())}")


for order_id, amount in [(1, 50), (2, 0), (3, 20), (4, 75)]:
    ev = bus.emit("order.created", id=order_id, amount=amount)
    print(f"order {order_id}: handled by {ev.handled_by} stopped={ev.stopped}")
reserve_stock.subscription.cancel()
reserve_stock.subscription.cancel()
ev = bus.emit("order.created", id=6, amount=5)
print("after cancel:", ev.handled_by)
print(bus.emit("user.deleted", user="ann").handled_by)
print(bus.emit("nobody.listens").handled_by)
for line in audit:
    print(" ", line)
for err in bus.errors:
    print("error:", err)
