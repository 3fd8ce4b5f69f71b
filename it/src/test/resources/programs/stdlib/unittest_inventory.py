# An inventory module and its unit tests, run programmatically: the results (failures with
# their tracebacks, errors, skips, expected failures, subtests) are printed the way a CI script
# would report them. Tracebacks go through unittest's own cleaning of its frames.
import io
import os
import unittest


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, count=1):
        if count <= 0:
            raise ValueError(f"count must be positive, got {count}")
        self.items[name] = self.items.get(name, 0) + count

    def remove(self, name, count=1):
        have = self.items.get(name, 0)
        if have < count:
            raise OutOfStock(f"only {have} {name} left")
        self.items[name] = have - count
        if self.items[name] == 0:
            del self.items[name]

    def total(self):
        return sum(self.items.values())


class InventoryTest(unittest.TestCase):
    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)

    def test_add_accumulates(self):
        self.inv.add("apple", 2)
        self.assertEqual(self.inv.items, {"apple": 5})

    def test_remove_to_zero_forgets_item(self):
        self.inv.remove("apple", 3)
        self.assertNotIn("apple", self.inv.items)

    def test_out_of_stock(self):
        with self.assertRaises(OutOfStock) as cm:
            self.inv.remove("pear")
        self.assertEqual(str(cm.exception), "only 0 pear left")

    def test_wrong_total(self):
        self.inv.add("pear", 1)
        self.assertEqual(self.inv.total(), 5, "total counts every item")

    def test_dict_diff(self):
        self.inv.add("kiwi", 2)
        self.assertDictEqual(self.inv.items, {"apple": 3, "kiwi": 3})

    def test_unexpected_error(self):
        self.inv.remove("apple", 10)

    def test_bad_count(self):
        with self.assertRaisesRegex(ValueError, "must be positive"):
            self.inv.add("fig", 0)

    def test_counts_subtests(self):
        for name, count in [("a", 1), ("b", -1), ("c", 2), ("d", 0)]:
            with self.subTest(name=name, count=count):
                self.inv.add(name, count)

    @unittest.skip("pricing not implemented")
    def test_prices(self):
        self.fail("never runs")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(self.inv.total(), 4)


def clean(text):
    here = os.path.dirname(os.path.abspath(__file__))
    return text.replace(here + os.sep, "")


def main():
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(InventoryTest)
    print("tests found:", suite.countTestCases())
    result = unittest.TestResult()
    suite.run(result)
    print("ran:", result.testsRun, "successful:", result.wasSuccessful())
    for kind, entries in [("FAIL", result.failures), ("ERROR", result.errors)]:
        for test, text in entries:
            print(f"== {kind}: {test.id().split('.', 1)[1]}")
            print(clean(text).rstrip())
    for test, reason in result.skipped:
        print("skipped:", test.id().split(".", 1)[1], "-", reason)
    print("expected failures:", [t.id().split(".", 1)[1] for t, _ in result.expectedFailures])
    print("unexpected successes:", len(result.unexpectedSuccesses))

    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    outcome = runner.run(unittest.defaultTestLoader.loadTestsFromName("test_add_accumulates", InventoryTest))
    lines = [line for line in stream.getvalue().splitlines() if not line.startswith("Ran ")]
    print("\n".join(lines))
    print("runner ok:", outcome.wasSuccessful())


if __name__ == "__main__":
    main()
