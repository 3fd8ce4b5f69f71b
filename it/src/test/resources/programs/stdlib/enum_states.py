# enum: Enum, IntEnum, StrEnum, Flag/IntFlag, auto, aliases, unique, members with methods,
# iteration, lookup by value and name, and a state machine using enum members.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED

    @property
    def hex(self):
        return {"RED": "#f00", "GREEN": "#0f0", "BLUE": "#00f"}[self.name]


print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(repr(Color.GREEN), str(Color.GREEN), f"{Color.GREEN}", Color.BLUE.hex, len(Color))
print(list(Color.__members__), Color.RED in Color, isinstance(Color.RED, Color), Color.RED == 1)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


print(list(Priority), Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, 1, Priority.LOW]))
print(int(Priority.HIGH), f"{Priority.HIGH}", str(Priority.HIGH), Priority(2).name)


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "DELETE"


print(list(Method), Method.GET == "get", Method.POST.upper(), f"{Method.DELETE}", "/".join(Method))


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


mode = Perm.READ | Perm.EXEC
print(mode, Perm.READ in mode, Perm.WRITE in mode, Perm.RW, list(Perm.RW), bool(Perm(0)), ~Perm.READ)
print(repr(Perm.READ | Perm.WRITE), (Perm.READ | Perm.WRITE) is Perm.RW, Perm(5))


class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    CREAT = 64
    TRUNC = 512


print(Open.WRONLY | Open.CREAT, int(Open.WRONLY | Open.TRUNC), Open(577), Open.CREAT & 64)


@unique
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"

    def can_go(self, target):
        return target in TRANSITIONS[self]


TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.STOPPED},
    State.PAUSED: {State.RUNNING, State.STOPPED},
    State.STOPPED: set(),
}
state = State.IDLE
for target in ["running", "paused", "idle", "running", "stopped", "running"]:
    nxt = State(target)
    if state.can_go(nxt):
        print(f"{state.name:>8} -> {nxt.name}")
        state = nxt
    else:
        print(f"{state.name:>8} -x {nxt.name} (not allowed)")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2


for p in Planet:
    print(f"{p.name:<8} {p.gravity:.3f}")
print(Planet.EARTH.value, {c: c.value for c in Color})
