# A module imported as a library (its __main__ guard does not fire), module-level state shared by
# all importers, reloading with importlib.reload, and attributes added to a module at run time.
import importlib

import textstats
from textstats import top_words, CALLS

TEXT = "The cat sat. The cat ran! A dog sat, the end."
print(textstats.word_count(TEXT), top_words(TEXT), top_words(TEXT, n=1))
print("shared state:", CALLS is textstats.CALLS, CALLS)
textstats.extra = "added at run time"
print(textstats.extra, "extra" in dir(textstats))
old_calls = textstats.CALLS
reloaded = importlib.reload(textstats)
print("reload returns same module:", reloaded is textstats, "state reset:", textstats.CALLS == [], "old list kept:", old_calls)
print("attribute set before reload survives:", getattr(textstats, "extra", None))
print("from-import binding is stale:", CALLS is textstats.CALLS, top_words is textstats.top_words)
print("running main() directly:", textstats.main(["one", "two", "three"]))
print(textstats.__name__, textstats.__doc__)
