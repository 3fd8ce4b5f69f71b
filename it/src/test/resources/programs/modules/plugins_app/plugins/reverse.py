from . import plugin
from .upper import Upper


@plugin("reverse")
class Reverse:
    def apply(self, text):
        return text[::-1]


@plugin("shout")
class Shout(Upper):
    def apply(self, text):
        return super().apply(text) + "!"
