from . import plugin


@plugin("upper")
class Upper:
    def apply(self, text):
        return text.upper()
