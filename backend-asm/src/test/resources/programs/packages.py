import mod_pkg
import mod_pkg.sub.leaf
from mod_pkg.sub import leaf as the_leaf
from mod_pkg.sub.leaf import LEAF, info

print(mod_pkg.VALUE, mod_pkg.NAME, mod_pkg.base_module.where())
print(LEAF, info(), the_leaf is mod_pkg.sub.leaf, mod_pkg.__doc__)
import mod_circ_a
print(mod_circ_a.use_b(), mod_circ_a.mod_circ_b.partial())
try:
    import mod_pkg.nothing
except ModuleNotFoundError as e:
    print(e)
try:
    from mod_pkg import nothing_here
except ImportError as e:
    print(str(e).split(" (")[0])
import mod_pkg.base as b2
print(b2.VALUE)
