# CPython 3.13 lists PatternError among re's public names.
__all__.append("PatternError")
