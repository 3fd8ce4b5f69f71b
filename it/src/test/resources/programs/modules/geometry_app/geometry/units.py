UNITS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048}

print(f"  loading {__name__} (package {__package__})")


def to_metres(value, unit):
    try:
        return value * UNITS[unit]
    except KeyError:
        raise ValueError(f"unknown unit {unit!r}") from None
