from .cart import Cart  # noqa: F401
