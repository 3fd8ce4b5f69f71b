"""A package."""
from .base import VALUE
from . import base as base_module
NAME = __name__ + " in " + __package__
