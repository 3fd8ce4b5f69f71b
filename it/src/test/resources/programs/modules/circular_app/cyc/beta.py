print("beta start")
from . import alpha

print("beta sees partial alpha; has ping?", hasattr(alpha, "ping"), "has A_CONSTANT?", hasattr(alpha, "A_CONSTANT"))
B_CONSTANT = "beta-constant"


def pong(n):
    # resolved at call time, when alpha is complete
    return ["beta"] + (alpha.ping(n - 1) if n > 0 else [])


def late_constant():
    return alpha.A_CONSTANT
