print("delta start")
from .gamma import G_VALUE  # noqa: F401

D_VALUE = 2
