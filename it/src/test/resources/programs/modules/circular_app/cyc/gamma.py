print("gamma start")
from .delta import D_VALUE  # noqa: F401  delta imports a name from gamma that is not yet defined

G_VALUE = 1
