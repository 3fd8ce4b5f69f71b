/**
 * Modules written in Java: the ones CPython writes in C and that the user's threaded programs
 * import ({@code sys}, {@code sysconfig}, {@code time}, {@code os}/{@code posixpath},
 * {@code atexit}, {@code _thread}, {@code threading}, {@code queue}, {@code concurrent},
 * {@code concurrent.futures}), one package per module.
 *
 * <h2>For the import system</h2>
 * <ul>
 *   <li>{@link dev.weft.runtime.modules.ModuleRegistry#find ModuleRegistry.find(dottedName)}:
 *       the module, created once on first use (thread-safe, per-module), or null.
 *       {@link dev.weft.runtime.modules.ModuleRegistry#register register(name, factory)} adds
 *       modules from elsewhere. {@code find} neither fills {@code sys.modules} nor binds a
 *       submodule on its package: the import system does both, as CPython's.</li>
 *   <li>{@link dev.weft.runtime.modules.ModuleRegistry#sysModules ModuleRegistry.sysModules()}
 *       is the {@code PyDict} that {@code sys.modules} shows: the import system's cache should be
 *       this dict.</li>
 *   <li>{@link dev.weft.runtime.modules.sys.SysModule#path SysModule.path()} is {@code sys.path}.</li>
 *   <li>An importer with its own registry of Java modules can delegate to {@code find} for
 *       every name it does not know (the API is the same: {@code register}, {@code find}).</li>
 * </ul>
 *
 * <h2>For the launcher</h2>
 * {@link dev.weft.runtime.modules.Lifecycle#start Lifecycle.start(script, args)} before the main
 * module runs ({@code sys.argv}, the main thread), and after it either {@code System.exit(}{@link
 * dev.weft.runtime.modules.Lifecycle#finish Lifecycle.finish(uncaughtOrNull)}{@code )} (reports an
 * uncaught exception through {@code sys.excepthook}; SystemExit gives the exit code) or, when the
 * runtime's {@code Launcher} already reported it, {@link dev.weft.runtime.modules.Lifecycle#shutdown
 * Lifecycle.shutdown(status)}: both wait for non-daemon threads after stopping executor workers,
 * run the {@code atexit} handlers and flush the standard streams. Every Python thread is a JVM
 * daemon thread, so a launcher that skips this does not wait for them.
 *
 * <h2>For generated code</h2>
 * {@link dev.weft.runtime.link.HandledException} holds the exception an {@code except}
 * block is handling ({@code sys.exception()}, {@code sys.exc_info()}): call {@code enter} at
 * the start of the handler and {@code restore} with its result when the handler ends.
 *
 * <h2>Threads</h2>
 * Python threads are JVM platform threads; nothing here takes a global lock. Locks are
 * {@code AbstractQueuedSynchronizer}/{@code ReentrantLock}s, queues and futures use
 * {@code java.util.concurrent}. Types that CPython defines in Python ({@code Thread},
 * {@code Condition}, {@code Queue}, {@code Future}, executors) may be subclassed by Python
 * classes ({@link dev.weft.runtime.modules.DerivedObject}).
 */
package dev.weft.runtime.modules;
