print(f"  loading {__name__}")
known = []


def register(cls):
    known.append(cls.__name__)
    return cls
