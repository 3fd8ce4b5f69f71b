"""Python classes extending a Java class of this project, and a class Java calls with static types."""
import weft

from example import Shape


class Square(Shape):
    def __init__(self, side):
        super().__init__("square", 4)
        self.side = side

    def area(self):
        return float(self.side * self.side)


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle", 0)
        self.radius = radius

    def area(self):
        return 3.0 * self.radius * self.radius

    def describe(self):
        return "round " + super().describe()


@weft.java_class("example.TextStats")
class TextStats:
    """Java sees example.TextStats with a constructor TextStats(String) and typed methods."""

    def __init__(self, text: str):
        self.words = text.split()

    def count(self) -> int:
        return len(self.words)

    def top(self, n: int) -> list:
        counts = {}
        for w in self.words:
            counts[w] = counts.get(w, 0) + 1
        return sorted(counts, key=lambda w: (-counts[w], w))[:n]

    def shapes(self) -> "java.util.List":
        return [Square(2), Circle(len(self.words) // 3)]

    def biggest(self) -> "example.Shape":
        return max(self.shapes(), key=lambda s: s.area())

    def __str__(self):
        return f"TextStats({len(self.words)} words)"
