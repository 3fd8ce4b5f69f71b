"""Java interop both ways: a Python class Java calls with static types, a Python java.util.List."""
import weft
from java.util import AbstractList

from wordfreq import words


class WordList(AbstractList):
    """A Python class extending java.util.AbstractList: Java code (toString, sort, iteration) calls get/size."""

    def __init__(self, items):
        self.items = list(items)

    def get(self, i):
        return self.items[i]

    def size(self):
        return len(self.items)

    def set(self, i, item):
        old, self.items[i] = self.items[i], item
        return old


@weft.java_class("example.WordCounter")
class WordCounter:
    """Compiled to the Java class example.WordCounter: new WordCounter(text).distinct() from Java."""

    def __init__(self, text: str):
        self.words = words(text)

    def distinct(self) -> int:
        return len(set(self.words))

    def longest(self, n: int) -> "java.util.List":
        return WordList(sorted(set(self.words), key=lambda w: (-len(w), w))[:n])
