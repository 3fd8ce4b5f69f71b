from .core.money import Money

__all__ = ["Money"]
