# Access control with enum: Flag/IntFlag composition and iteration, IntEnum ordering, StrEnum,
# auto(), @unique, aliases, _missing_, member attributes and methods, __members__, errors.
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    DELETE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE | DELETE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


@unique
class Level(IntEnum):
    GUEST = 10
    USER = 20
    MODERATOR = 30
    ADMIN = 40

    @property
    def label(self):
        return self.name.title()

    def allows(self, other):
        return self >= other


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = "blue-ish"


class Status(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    BANNED = "banned"
    DISABLED = "suspended"  # an alias of SUSPENDED

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() != value:
            return cls(value.lower())
        return None


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


ROLE_PERMS = {Level.GUEST: Perm.READ, Level.USER: Perm.RW, Level.MODERATOR: Perm.RW | Perm.DELETE,
              Level.ADMIN: Perm.ALL}

print(list(Perm), [m.name for m in Perm.ALL], Perm.RW, repr(Perm.RW), Perm(3), Perm(0), bool(Perm(0)))
combo = Perm.READ | Perm.EXECUTE
print(combo, combo.value, Perm.READ in combo, Perm.WRITE in combo, ~combo, combo & Perm.RW, combo ^ Perm.ALL)
print(len(Perm.ALL), list(combo), Perm.ALL == Perm.READ | Perm.WRITE | Perm.EXECUTE | Perm.DELETE)
print(Mode.R | Mode.W, Mode(7), int(Mode.R | Mode.X), Mode.R + 1, oct(Mode(6)), Mode(6) & 2, list(Mode(5)))
print(format(Mode(6)), f"{Mode.R:>4}|", str(Mode(0)), repr(Mode(8)))

users = [("ann", Level.ADMIN, Status.ACTIVE), ("bob", Level.USER, Status("SUSPENDED")),
         ("cy", Level.GUEST, Status.ACTIVE), ("dee", Level.MODERATOR, Status.DISABLED)]
for name, level, status in sorted(users, key=lambda u: u[1], reverse=True):
    perms = ROLE_PERMS[level] if status is Status.ACTIVE else Perm(0)
    print(f"  {name:<4} {level.label:<10} {level:>3} {status.value:<10} {perms!s:<40} "
          f"can delete: {Perm.DELETE in perms}")
print(Level.USER < Level.ADMIN, Level.USER + 5, Level(30).name, Level["GUEST"].value, max(Level), sorted(Level)[0])
print(Level.ADMIN.allows(Level.USER), Level.GUEST.allows(Level.USER), [lv for lv in Level if lv > 15])
print(Color.RED, Color.GREEN.upper(), Color.BLUE, Color("red") is Color.RED, repr(Color.BLUE), Color.RED == "red")
print(Status.DISABLED is Status.SUSPENDED, list(Status), list(Status.__members__), Status.DISABLED.name)
for planet in Planet:
    print(f"  {planet.name:<8} g={planet.surface_gravity:.2f}", planet.value)
print(Status.ACTIVE.__class__.__name__, type(Level.ADMIN).__mro__[1].__name__, isinstance(Level.USER, int))
print(hash(Status.ACTIVE) == hash(Status.ACTIVE), {Status.ACTIVE: 1}[Status("active")])

for bad in [lambda: Status("gone"), lambda: Level(15), lambda: Perm(64), lambda: Level["ROOT"],
            lambda: setattr(Level, "ADMIN", 1)]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Extended(Level):
        ROOT = 50
except TypeError as e:
    print("TypeError:", e)
Dyn = Enum("Dyn", "ALPHA BETA GAMMA", start=10)
print(list(Dyn), Dyn.BETA.value, Dyn(12))
Shape = IntEnum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(sorted(Shape), Shape.SQUARE * 2)
