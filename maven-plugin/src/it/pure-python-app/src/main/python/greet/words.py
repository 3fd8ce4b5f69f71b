def capitalised(word):
    return word[:1].upper() + word[1:]


def shout(word):
    return word.upper() + "!"
