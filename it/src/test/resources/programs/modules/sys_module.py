# The sys module as ordinary scripts use it: argv, version_info, maxsize, float_info, stdout/stderr
# writes, modules, intern, exc_info, getrefcount-free introspection, and flags.
import sys

print("script:", sys.argv[0], "args:", sys.argv[1:])
print("version ok:", sys.version_info >= (3, 13), sys.version_info[:2], sys.version_info.major, type(sys.version).__name__)
print("implementation has name:", isinstance(sys.implementation.name, str))
print("maxsize:", sys.maxsize == 2**63 - 1, "byteorder:", sys.byteorder in ("little", "big"))
print("float_info:", sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print("int max str digits:", sys.get_int_max_str_digits())
print("hash width:", sys.hash_info.width, "inf hash:", sys.hash_info.inf, hash(float("inf")))
n = sys.stdout.write("written with sys.stdout.write\n")
print("write returned", n)
sys.stdout.writelines(["line a\n", "line b\n"])
print("to stdout via file=", file=sys.stdout)
print("stderr and stdout are different streams:", sys.stderr is not sys.stdout)
print("stdout encoding:", sys.stdout.encoding.lower().replace("-", ""))
print("modules:", "sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print("main module is this one:", sys.modules["__main__"].__dict__ is globals())
a = sys.intern("".join(["inter", "ned"]))
b = sys.intern("interned")
print("intern:", a is b)
try:
    raise LookupError("demo")
except LookupError:
    kind, value, tb = sys.exc_info()
    print("exc_info:", kind.__name__, value, tb.tb_lineno > 0)
print("after handler:", sys.exc_info() == (None, None, None))
print("flags:", sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), type(sys.flags.utf8_mode).__name__)
print("builtin module names include sys:", "sys" in sys.builtin_module_names)
print("getdefaultencoding:", sys.getdefaultencoding())
print("stdin is a file:", hasattr(sys.stdin, "read"), "stdin read:", repr(sys.stdin.read()))
print("displayhook/excepthook callable:", callable(sys.displayhook), callable(sys.excepthook))


def frame_names():
    f = sys._getframe()
    names = []
    while f:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def outer():
    return frame_names()


print("frames:", outer())
old = sys.getrecursionlimit()
sys.setrecursionlimit(old + 100)
print("recursion limit settable:", sys.getrecursionlimit() == old + 100)
sys.setrecursionlimit(old)
print("is_finalizing:", sys.is_finalizing())
sys.stdout.flush()
