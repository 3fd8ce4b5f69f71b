# Shared values and arrays of Weft's multiprocessing: its processes are threads, so a "shared"
# value is an ordinary object; a synchronized one carries an RLock (get_lock()), as CPython's.
# Values keep the C type's range and precision (a 'i' wraps at 32 bits, 'f' is single
# precision), as ctypes stores them. Written for Weft; names and reprs follow CPython 3.13.

import operator
import struct
import threading

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

_C_NAMES = {'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort',
            'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong', 'Q': 'c_ulonglong',
            'f': 'c_float', 'd': 'c_double'}
_INT_BITS = {'b': (8, True), 'B': (8, False), 'h': (16, True), 'H': (16, False), 'i': (32, True),
             'I': (32, False), 'l': (64, True), 'L': (64, False), 'q': (64, True), 'Q': (64, False)}


def _typecode(typecode_or_type):
    if isinstance(typecode_or_type, str) and typecode_or_type in _C_NAMES:
        return typecode_or_type
    if isinstance(typecode_or_type, str):
        raise TypeError("unsupported typecode %r" % typecode_or_type)
    raise NotImplementedError('multiprocessing values of ctypes types are not supported by weft yet '
                              '(ctypes is not available); use a typecode such as "i" or "d"')


def _convert(code, v):
    if code in _INT_BITS:
        bits, signed = _INT_BITS[code]
        v = operator.index(v) & ((1 << bits) - 1)
        if signed and v >= 1 << (bits - 1):
            v -= 1 << bits
        return v
    if code == 'd':
        return float(v)
    if code == 'f':
        return struct.unpack('f', struct.pack('f', float(v)))[0]
    if code == 'c':
        if isinstance(v, (bytes, bytearray)) and len(v) == 1:
            return bytes(v)
        if isinstance(v, int) and 0 <= v < 256:
            return bytes([v])
        raise TypeError('one character bytes, bytearray or integer expected')
    if code == 'u':
        if isinstance(v, str) and len(v) == 1:
            return v
        raise TypeError('one character unicode string expected')
    return v


def _zero(code):
    return {'c': b'\x00', 'u': '\x00', 'd': 0.0, 'f': 0.0}.get(code, 0)


class _CValue:
    """A ctypes-like scalar: .value, repr c_int(5)."""

    def __init__(self, code, value):
        self._code = code
        self._value = _convert(code, value)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _convert(self._code, v)

    def __repr__(self):
        return '%s(%r)' % (_C_NAMES[self._code], self._value)


class _CArray:
    """A ctypes-like array of one C type."""

    def __init__(self, code, size_or_initializer):
        self._code = code
        if isinstance(size_or_initializer, int):
            self._items = [_zero(code)] * size_or_initializer
        else:
            items = list(size_or_initializer)
            if code == 'c' and isinstance(size_or_initializer, (bytes, bytearray)):
                items = [bytes([b]) for b in items]
            self._items = [_convert(code, v) for v in items]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            part = self._items[i]
            return b''.join(part) if self._code == 'c' else ''.join(part) if self._code == 'u' else part
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if self._code == 'c' and isinstance(v, (bytes, bytearray)):
                v = [bytes([b]) for b in v]
            new = [_convert(self._code, x) for x in v]
            if len(new) != len(range(*i.indices(len(self._items)))):
                raise ValueError('Can only assign sequence of same size')
            self._items[i] = new
        else:
            self._items[i] = _convert(self._code, v)

    def __iter__(self):
        return iter(list(self._items))

    @property
    def value(self):
        if self._code not in 'cu':
            raise AttributeError("'%s_Array_%d' object has no attribute 'value'" % (_C_NAMES[self._code],
                                                                                    len(self._items)))
        joined = b''.join(self._items) if self._code == 'c' else ''.join(self._items)
        end = joined.find(b'\x00' if self._code == 'c' else '\x00')
        return joined if end < 0 else joined[:end]

    @value.setter
    def value(self, v):
        if len(v) > len(self._items):
            raise ValueError('byte string too long' if self._code == 'c' else 'string too long')
        self[:len(v)] = v
        if len(v) < len(self._items):
            self._items[len(v)] = _zero(self._code)

    @property
    def raw(self):
        return b''.join(self._items)

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (_C_NAMES[self._code],
                                                                            len(self._items), id(self))


def RawValue(typecode_or_type, *args):
    code = _typecode(typecode_or_type)
    return _CValue(code, args[0] if args else _zero(code))


def RawArray(typecode_or_type, size_or_initializer):
    return _CArray(_typecode(typecode_or_type), size_or_initializer)


class Synchronized:
    def __init__(self, obj, lock=None):
        self._obj = obj
        self._lock = lock or threading.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __iter__(self):
        with self._lock:
            return iter(self._obj)


class SynchronizedString(SynchronizedArray):
    @property
    def raw(self):
        with self._lock:
            return self._obj.raw


def _lock_of(lock):
    if lock is True:
        return threading.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_of(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    kind = SynchronizedString if obj._code == 'c' else SynchronizedArray
    return kind(obj, _lock_of(lock))


def copy(obj):
    if isinstance(obj, _CArray):
        return _CArray(obj._code, list(obj._items))
    return _CValue(obj._code, obj.value)


def synchronized(obj, lock=None, ctx=None):
    kind = SynchronizedString if isinstance(obj, _CArray) and obj._code == 'c' else \
        SynchronizedArray if isinstance(obj, _CArray) else Synchronized
    return kind(obj, lock)
