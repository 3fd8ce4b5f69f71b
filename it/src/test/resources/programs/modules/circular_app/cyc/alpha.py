print("alpha start")
from . import beta  # beta imports alpha back while alpha is only partially initialised

A_CONSTANT = "alpha-constant"


def ping(n):
    return ["alpha"] + (beta.pong(n - 1) if n > 0 else [])


print("alpha end; beta.B_CONSTANT =", beta.B_CONSTANT)
