# Game entities with composition and inheritance: components, mixins with cooperative __init__,
# properties with validation, a turn-based combat loop driven by a seeded LCG, and __str__ formats.


class Dice:
    def __init__(self, seed):
        self.state = seed

    def roll(self, sides):
        self.state = (self.state * 214013 + 2531011) % 2**31
        return self.state // 7 % sides + 1


class Health:
    def __init__(self, maximum):
        self.maximum = maximum
        self._current = maximum

    @property
    def current(self):
        return self._current

    @current.setter
    def current(self, value):
        self._current = max(0, min(self.maximum, value))

    @property
    def alive(self):
        return self._current > 0

    def __str__(self):
        filled = round(10 * self._current / self.maximum)
        return "[" + "#" * filled + "." * (10 - filled) + f"] {self._current}/{self.maximum}"


class Named:
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name


class Armored:
    def __init__(self, armor=0, **kwargs):
        super().__init__(**kwargs)
        self.armor = armor

    def absorb(self, damage):
        return max(0, damage - self.armor)


class Entity(Named, Armored):
    def __init__(self, name, hp, attack, armor=0):
        super().__init__(name=name, armor=armor)
        self.health = Health(hp)
        self.attack = attack
        self.log = []

    def hit(self, other, dice):
        roll = dice.roll(20)
        if roll == 1:
            self.log.append("fumble")
            return f"{self.name} fumbles"
        damage = self.attack + dice.roll(6) + (self.attack if roll == 20 else 0)
        dealt = other.absorb(damage)
        other.health.current -= dealt
        crit = " CRITICAL" if roll == 20 else ""
        return f"{self.name} hits {other.name} for {dealt}{crit}"

    def __str__(self):
        return f"{self.name:<8} {self.health}"


class Healer(Entity):
    def __init__(self, name, hp, attack, heal, armor=0):
        super().__init__(name, hp, attack, armor)
        self.heal_amount = heal

    def hit(self, other, dice):
        if self.health.current < self.health.maximum // 2:
            before = self.health.current
            self.health.current += self.heal_amount
            return f"{self.name} heals {self.health.current - before}"
        return super().hit(other, dice)


def battle(a, b, seed):
    dice = Dice(seed)
    turn = 0
    while a.health.alive and b.health.alive and turn < 40:
        attacker, defender = (a, b) if turn % 2 == 0 else (b, a)
        print(f"  t{turn:02d} {attacker.hit(defender, dice)}")
        turn += 1
    winner = a if a.health.alive else b
    print(f"  winner: {winner.name} after {turn} turns")
    print("  " + str(a))
    print("  " + str(b))


battle(Entity("knight", 40, 5, armor=2), Entity("orc", 45, 6), seed=7)
battle(Healer("cleric", 35, 3, heal=8, armor=1), Entity("wolf", 30, 5), seed=11)
print([k.__name__ for k in Healer.__mro__])
h = Health(10)
h.current = 50
print(h, end=" | ")
h.current = -5
print(h, h.alive)
