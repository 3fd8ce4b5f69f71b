# An exception escaping a thread's target is reported on stderr by threading.excepthook (with the
# thread's name); the main thread continues and the process exits with status 0.
import threading

results = {}


def parse_config(name, text):
    pairs = {}
    for number, line in enumerate(text.splitlines(), 1):
        key, value = line.split("=")
        pairs[key.strip()] = value.strip()
    results[name] = pairs


good = threading.Thread(target=parse_config, args=("good", "a = 1\nb = 2"), name="loader-good")
bad = threading.Thread(target=parse_config, args=("bad", "a = 1\nbroken line"), name="loader-bad")
good.start()
good.join()
bad.start()
bad.join()
print("results:", results)
print("bad thread finished:", not bad.is_alive())
print("main thread continues normally")
