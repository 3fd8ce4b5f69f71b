package dev.weft.runtime.modules;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.modules.abc.AbcModule;
import dev.weft.runtime.modules.array.ArrayModule;
import dev.weft.runtime.modules.atexit.AtexitModule;
import dev.weft.runtime.modules.binascii.BinasciiModule;
import dev.weft.runtime.modules.bisect.BisectModule;
import dev.weft.runtime.modules.cmath.CmathModule;
import dev.weft.runtime.modules.collections.CollectionsModule;
import dev.weft.runtime.modules.concurrent.ConcurrentPackage;
import dev.weft.runtime.modules.concurrent.futures.FuturesModule;
import dev.weft.runtime.modules.functools.FunctoolsModule;
import dev.weft.runtime.modules.hashes.HashModules;
import dev.weft.runtime.modules.heapq.HeapqModule;
import dev.weft.runtime.modules.io.IoModule;
import dev.weft.runtime.modules.codecs.CodecsModule;
import dev.weft.runtime.modules.importlib.ImportlibModule;
import dev.weft.runtime.modules.itertools.ItertoolsModule;
import dev.weft.runtime.modules.math.MathModule;
import dev.weft.runtime.modules.operator.OperatorModule;
import dev.weft.runtime.modules.queue.QueueModule;
import dev.weft.runtime.modules.random.RandomModule;
import dev.weft.runtime.modules.struct.StructModule;
import dev.weft.runtime.modules.sre.SreModule;
import dev.weft.runtime.modules.sys.SysModule;
import dev.weft.runtime.modules.sysconfig.SysconfigModule;
import dev.weft.runtime.modules.thread.ThreadModule;
import dev.weft.runtime.modules.threading.ThreadingModule;
import dev.weft.runtime.modules.time.TimeModule;
import dev.weft.runtime.modules.weakref.WeakrefModule;
import dev.weft.runtime.modules.zlib.ZlibModule;

/** The modules this package provides; other packages register theirs through {@link ModuleRegistry#register}. */
final class BuiltinModules {
    private BuiltinModules() { }

    static void registerAll() {
        ModuleRegistry.register("builtins", () -> {
            PyModule builtins = BuiltinsModule.module();
            builtins.put("__import__", new PyBuiltinFunction("__import__", null,
                    (self, args, kwnames) -> Importer.builtinImport(args, kwnames)));
            return builtins;
        });
        ModuleRegistry.register("sys", SysModule::create);
        ModuleRegistry.register("sysconfig", SysconfigModule::create);
        ModuleRegistry.register("time", TimeModule::create);
        ModuleRegistry.register("atexit", AtexitModule::create);
        ModuleRegistry.register("_thread", ThreadModule::create);
        ModuleRegistry.register("threading", ThreadingModule::create);
        ModuleRegistry.register("queue", QueueModule::create);
        ModuleRegistry.register("_queue", QueueModule::createCore);
        ModuleRegistry.register("concurrent", ConcurrentPackage::create);
        ModuleRegistry.register("concurrent.futures", FuturesModule::create);
        ModuleRegistry.register("concurrent.futures._base", FuturesModule::createBase);
        ModuleRegistry.register("concurrent.futures.thread", FuturesModule::createThread);
        ModuleRegistry.register("concurrent.futures.process", FuturesModule::createProcess);
        ModuleRegistry.register("operator", OperatorModule::create);
        ModuleRegistry.register("_operator", OperatorModule::createAccelerator);
        ModuleRegistry.register("itertools", ItertoolsModule::create);
        ModuleRegistry.register("functools", FunctoolsModule::create);
        ModuleRegistry.register("_functools", FunctoolsModule::createAccelerator);
        ModuleRegistry.register("collections", CollectionsModule::create);
        ModuleRegistry.register("_collections", CollectionsModule::createAccelerator);
        ModuleRegistry.register("collections.abc", CollectionsModule::createAbc);
        ModuleRegistry.alias("_collections_abc", "collections.abc");
        ModuleRegistry.register("heapq", HeapqModule::create);
        ModuleRegistry.register("_heapq", HeapqModule::createAccelerator);
        ModuleRegistry.register("bisect", BisectModule::create);
        ModuleRegistry.register("_tokenize", dev.weft.runtime.modules.tokenize.TokenizeModule::create);
        ModuleRegistry.register("_typing", dev.weft.runtime.modules.typing.TypingModule::create);
        ModuleRegistry.register("_ast", dev.weft.runtime.modules.ast.AstModule::create);
        ModuleRegistry.register("_bisect", BisectModule::createAccelerator);
        ModuleRegistry.register("_json", dev.weft.runtime.modules.json.JsonModule::create);
        ModuleRegistry.register("math", MathModule::create);
        ModuleRegistry.register("cmath", CmathModule::create);
        ModuleRegistry.register("_abc", AbcModule::create);
        ModuleRegistry.register("_weakref", WeakrefModule::create);
        ModuleRegistry.register("gc", dev.weft.runtime.modules.gc.GcModule::create);
        ModuleRegistry.register("weft", dev.weft.runtime.modules.weft.WeftModule::create);
        ModuleRegistry.register("_weft_traceback", dev.weft.runtime.modules.weft.WeftTracebackModule::create);
        ModuleRegistry.register("errno", dev.weft.runtime.modules.errno.ErrnoModule::create);
        ModuleRegistry.register("_stat", dev.weft.runtime.modules.stat.StatModule::create);
        ModuleRegistry.register("_string", dev.weft.runtime.modules.string.StringModule::create);
        ModuleRegistry.register("_locale", dev.weft.runtime.modules.locale.LocaleModule::create);
        ModuleRegistry.register("_signal", dev.weft.runtime.modules.signal.SignalModule::create);
        ModuleRegistry.register("_contextvars", dev.weft.runtime.modules.contextvars.ContextvarsModule::create);
        ModuleRegistry.register("_random", RandomModule::create);
        ModuleRegistry.register("_struct", StructModule::create);
        ModuleRegistry.register("_csv", dev.weft.runtime.modules.csv.CsvModule::create);
        ModuleRegistry.register("binascii", BinasciiModule::create);
        ModuleRegistry.register("_md5", HashModules::createMd5);
        ModuleRegistry.register("_sha1", HashModules::createSha1);
        ModuleRegistry.register("_sha2", HashModules::createSha2);
        ModuleRegistry.register("_sha3", HashModules::createSha3);
        ModuleRegistry.register("_blake2", HashModules::createBlake2);
        ModuleRegistry.register("zlib", ZlibModule::create);
        ModuleRegistry.register("array", ArrayModule::create);
        ModuleRegistry.register("_io", IoModule::create);
        ModuleRegistry.register("_codecs", CodecsModule::create);
        ModuleRegistry.register("unicodedata", dev.weft.runtime.modules.unicodedata.UnicodedataModule::create);
        ModuleRegistry.register("_sre", SreModule::create);
        ModuleRegistry.register("_socket", dev.weft.runtime.modules.socket.SocketModule::create);
        ModuleRegistry.register("select", dev.weft.runtime.modules.select.SelectModule::create);
        ModuleRegistry.register("_posixsubprocess",
                dev.weft.runtime.modules.posixsubprocess.PosixSubprocessModule::create);
        ModuleRegistry.register("posix", dev.weft.runtime.modules.posix.PosixModule::create);
        ModuleRegistry.register("importlib", ImportlibModule::create);
        ModuleRegistry.register("importlib.util", ImportlibModule::createUtil);
        ModuleRegistry.register("importlib.machinery", ImportlibModule::createMachinery);
    }
}
