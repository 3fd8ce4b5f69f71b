# CPython 3.13: the namespace of an enum class body is public as enum.EnumDict.
EnumDict = _EnumDict
EnumDict.__name__ = EnumDict.__qualname__ = 'EnumDict'
__all__.append('EnumDict')
