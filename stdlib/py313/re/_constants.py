# CPython 3.13: the exception class is named PatternError; "error" remains as an alias.
error = PatternError
