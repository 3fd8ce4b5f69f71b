from ..base import VALUE, where
from .. import NAME
import mod_pkg.base
LEAF = VALUE + 1
def info():
    return where(), NAME, mod_pkg.base.VALUE
