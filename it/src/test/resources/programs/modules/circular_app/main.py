# Circular imports as CPython handles them: module objects exist (partially initialised) while their
# bodies run; attribute access at call time works; `from X import name` of a missing name fails.
import sys

import cyc
from cyc import beta

print(cyc.alpha.ping(4))
print(beta.pong(3), beta.late_constant())
print(sorted(k for k in sys.modules if k.startswith("cyc")))
try:
    import cyc.gamma  # noqa: F401
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0], "| name:", e.name)
print("gamma registered after failure?", "cyc.gamma" in sys.modules, "delta?", "cyc.delta" in sys.modules)
