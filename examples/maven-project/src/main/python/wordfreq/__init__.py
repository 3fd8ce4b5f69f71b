"""Word frequencies of a text: a small library used from the command line and from Java."""
from collections import Counter

__all__ = ["words", "top_words", "summary"]


def words(text):
    """The lower-cased words of text, punctuation stripped."""
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?()[]{}\"'`*#").lower()
        if w:
            out.append(w)
    return out


def top_words(text, n=5):
    """The n most frequent words as (word, count) pairs, most frequent first, ties alphabetical."""
    counts = Counter(words(text))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def summary(text):
    """A dict: total words, distinct words, the longest word."""
    ws = words(text)
    return {
        "words": len(ws),
        "distinct": len(set(ws)),
        "longest": max(ws, key=len) if ws else None,
    }
