class Base:
    """A base."""
    kind: str = "base"

    def __init__(self, name):
        self.name = name
        self._tags = []

    def describe(self):
        return f"{self.kind}:{self.name}"


class Child(Base, metaclass=type):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra

    @property
    def label(self):
        return self.describe() + str(self.__secret)

    __secret = 42
    scaled = [__secret * i for i in range(3)]
