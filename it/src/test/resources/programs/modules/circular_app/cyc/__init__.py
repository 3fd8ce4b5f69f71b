print("cyc/__init__ start")
from . import alpha
print("cyc/__init__ end")
