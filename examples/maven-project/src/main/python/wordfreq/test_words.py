"""Checks run with CPython (python3 -m pytest src/main/python); excluded from the Weft build by the pom."""
from wordfreq import top_words, words


def test_words_are_lower_case_without_punctuation():
    assert words("Hello, hello World!") == ["hello", "hello", "world"]


def test_ties_are_alphabetical():
    assert top_words("b a b a c", 2) == [("a", 2), ("b", 2)]
