# A unittest suite for a small inventory class: assertions of many kinds, setUp/tearDown and
# class fixtures, subTest, skip/expectedFailure, assertRaises/assertRaisesRegex as context
# managers, mock-free fakes, and a runner writing to a buffer whose timing line is normalised.
import io
import re
import sys
import unittest


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        self.items[name] = self.items.get(name, 0) + qty

    def take(self, name, qty=1):
        have = self.items.get(name, 0)
        if have < qty:
            raise OutOfStock(f"{name}: wanted {qty}, have {have}")
        self.items[name] = have - qty
        if not self.items[name]:
            del self.items[name]

    def report(self):
        return sorted(self.items.items())


EVENTS = []


class InventoryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        EVENTS.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        EVENTS.append("tearDownClass")

    def setUp(self):
        self.inv = Inventory()
        self.inv.add("bolt", 10)
        self.addCleanup(EVENTS.append, "cleanup")

    def tearDown(self):
        EVENTS.append("tearDown")

    def test_add_accumulates(self):
        self.inv.add("bolt", 5)
        self.inv.add("nut")
        self.assertEqual(self.inv.items["bolt"], 15)
        self.assertIn("nut", self.inv.items)
        self.assertDictEqual(self.inv.items, {"bolt": 15, "nut": 1})
        self.assertListEqual(self.inv.report(), [("bolt", 15), ("nut", 1)])

    def test_take_removes_empty(self):
        self.inv.take("bolt", 10)
        self.assertNotIn("bolt", self.inv.items)
        self.assertFalse(self.inv.items)
        self.assertEqual(self.inv.report(), [])

    def test_errors(self):
        with self.assertRaises(OutOfStock) as cm:
            self.inv.take("bolt", 11)
        self.assertEqual(str(cm.exception), "bolt: wanted 11, have 10")
        with self.assertRaisesRegex(ValueError, r"positive, got -\d"):
            self.inv.add("nut", -3)
        self.assertRaises(OutOfStock, self.inv.take, "gear")

    def test_quantities(self):
        for qty, left in [(1, 9), (4, 5), (10, 0)]:
            with self.subTest(qty=qty):
                inv = Inventory()
                inv.add("bolt", 10)
                inv.take("bolt", qty)
                self.assertEqual(inv.items.get("bolt", 0), left)

    def test_broken_subtests(self):
        for qty in [3, 20, 30]:
            with self.subTest(qty=qty):
                self.inv.take("bolt", qty)
                self.inv.add("bolt", qty)

    def test_misc_assertions(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2, places=2)
        self.assertGreater(3, 2)
        self.assertLessEqual(2, 2)
        self.assertIsNone(None)
        self.assertIsInstance(self.inv, Inventory)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("bolt-42", r"\w+-\d+")
        self.assertTrue([0])
        self.assertIs(self.inv, self.inv)
        self.assertSequenceEqual((1, 2), [1, 2])
        self.assertMultiLineEqual("a\nb", "a\nb")

    def test_failure_message(self):
        self.assertEqual(self.inv.report(), [("bolt", 11)], "stock drifted")

    def test_error_in_test(self):
        self.inv.take("unknown")

    @unittest.skip("not implemented yet")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.skipIf(sys.version_info < (3, 0), "old python")
    def test_not_skipped(self):
        self.assertEqual(len(self.inv.items), 1)

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(1, 1)


class ReportFormatTest(unittest.TestCase):
    def test_long_diff(self):
        self.maxDiff = None
        self.assertEqual({"a": 1, "b": [1, 2, 3]}, {"a": 1, "b": [1, 2, 4]})

    def test_skip_inside(self):
        self.skipTest("runtime condition")


def normalise(text):
    text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", text)
    return re.sub(r'File ".*?([\w]+\.py)"', r'File "\1"', text)


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(InventoryTest))
suite.addTest(loader.loadTestsFromTestCase(ReportFormatTest))
print("collected:", suite.countTestCases(), sorted(loader.getTestCaseNames(InventoryTest))[:3])
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
lines = normalise(buf.getvalue()).splitlines()
print("\n".join(line for line in lines if "Traceback" not in line and not line.startswith(("  File", "    "))))
print("result:", result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print("failed ids:", sorted(t.id().split(".", 1)[1] for t, _ in result.failures))
print("skip reasons:", sorted(reason for _, reason in result.skipped))
print("events:", EVENTS[:4], EVENTS.count("cleanup"), EVENTS[-1])
quiet = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromName("test_add_accumulates", InventoryTest).run(quiet)
print("single:", quiet.testsRun, quiet.wasSuccessful())
