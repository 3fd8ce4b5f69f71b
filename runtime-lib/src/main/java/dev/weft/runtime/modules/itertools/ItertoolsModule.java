package dev.weft.runtime.modules.itertools;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.types.PyStr;

/** The {@code itertools} module. */
public final class ItertoolsModule {
    private ItertoolsModule() { }

    private static volatile PyModule module;

    public static synchronized PyModule create() {
        if (module == null) {
            module = build();
        }
        return module;
    }

    private static PyModule build() {
        PyModule m = new PyModule("itertools");
        m.put("__doc__", PyStr.of("Functional tools for creating and using iterators."));
        PyType[] types = {InfiniteIterators.COUNT, InfiniteIterators.CYCLE, InfiniteIterators.REPEAT,
            CombiningIterators.ACCUMULATE, CombiningIterators.BATCHED, CombiningIterators.CHAIN,
            FilterIterators.COMPRESS, FilterIterators.DROPWHILE, FilterIterators.FILTERFALSE, GroupBy.TYPE,
            GroupBy.GROUPER, FilterIterators.ISLICE, CombiningIterators.PAIRWISE, FilterIterators.STARMAP,
            FilterIterators.TAKEWHILE, Tee.TYPE, Tee.DATA_OBJECT, CombiningIterators.ZIP_LONGEST, Combinatorics.PRODUCT,
            Combinatorics.PERMUTATIONS, Combinatorics.COMBINATIONS, Combinatorics.COMBINATIONS_WR};
        for (PyType t : types) {
            ModuleDefs.putType(m, t);
        }
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "itertools");
        f.f2("tee", 1, (self, iterable, n) -> Tee.tee(iterable, n == null ? 2 : ItertoolsTypes.ssize(n)));
        return m;
    }
}
