# Weft's multiprocessing passes objects between its processes (threads) directly; this module
# keeps the names code reaches for (ForkingPickler, dumps, register).

import copyreg
import io
import pickle

__all__ = ['ForkingPickler', 'register', 'dump', 'dumps', 'loads']


class ForkingPickler(pickle.Pickler):
    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args, **kwds):
        super().__init__(*args, **kwds)
        self.dispatch_table = self._copyreg_dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getbuffer()

    loads = pickle.loads


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    ForkingPickler(file, protocol).dump(obj)


def dumps(obj, protocol=None):
    return ForkingPickler.dumps(obj, protocol)


loads = pickle.loads
