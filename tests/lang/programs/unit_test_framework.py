# A miniature unit-test framework: test discovery by name, assertions with messages, expected exceptions, setup.
class AssertionFailed(AssertionError):
    pass

class TestCase:
    def setUp(self):
        pass
    def assertEqual(self, a, b, msg=None):
        if a != b:
            raise AssertionFailed(msg or f"{a!r} != {b!r}")
    def assertTrue(self, x, msg=None):
        if not x:
            raise AssertionFailed(msg or f"{x!r} is not true")
    def assertIn(self, item, container):
        if item not in container:
            raise AssertionFailed(f"{item!r} not found in {container!r}")
    def assertRaises(self, exc_type, fn=None, *args):
        ctx = _RaisesContext(exc_type)
        if fn is None:
            return ctx
        with ctx:
            fn(*args)
        return ctx

class _RaisesContext:
    def __init__(self, expected):
        self.expected = expected
        self.exception = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            raise AssertionFailed(f"{self.expected.__name__} not raised")
        if not issubclass(et, self.expected):
            return False
        self.exception = ev
        return True

def run(*classes):
    results = {"pass": 0, "fail": 0, "error": 0}
    for cls in classes:
        for name in sorted(n for n in dir(cls) if n.startswith("test")):
            case = cls()
            label = f"{cls.__name__}.{name}"
            try:
                case.setUp()
                getattr(case, name)()
            except AssertionError as e:
                results["fail"] += 1
                print(f"FAIL  {label}: {e}")
            except Exception as e:
                results["error"] += 1
                print(f"ERROR {label}: {type(e).__name__}: {e}")
            else:
                results["pass"] += 1
                print(f"ok    {label}")
    print(", ".join(f"{k}={v}" for k, v in results.items()))
    return results

class StackTests(TestCase):
    def setUp(self):
        self.stack = [1, 2, 3]
    def test_pop(self):
        self.assertEqual(self.stack.pop(), 3)
        self.assertEqual(self.stack, [1, 2])
    def test_pop_empty(self):
        with self.assertRaises(IndexError) as cm:
            [].pop()
        self.assertIn("empty", str(cm.exception))
    def test_wrong_expectation(self):
        self.assertEqual(len(self.stack), 4)
    def test_not_raised(self):
        with self.assertRaises(KeyError):
            {}.get("x")
    def test_wrong_exception_escapes(self):
        with self.assertRaises(KeyError):
            [][1]
    def test_error(self):
        return self.stack.nonexistent
    def helper(self):
        raise RuntimeError("helpers are not tests")

class StringTests(TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")
    def test_split(self):
        self.assertEqual("a,b".split(","), ["a", "b"], "split failed")
    def test_raises_callable(self):
        self.assertRaises(ValueError, int, "x")
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
    def test_custom_message(self):
        self.assertTrue("" , "empty string is falsy")
    def test_plain_assert(self):
        assert 1 + 1 == 3, "math is broken"
    def test_plain_assert_no_message(self):
        x = []
        assert x
    def test_subclass_exception(self):
        with self.assertRaises(LookupError):
            {}["missing"]

summary = run(StackTests, StringTests)
print(summary, sum(summary.values()))
print(issubclass(AssertionFailed, AssertionError), [n for n in dir(StringTests) if n.startswith("test")][:3])
