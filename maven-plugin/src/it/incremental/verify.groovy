// The second build compiled only b.py, kept a.py's class, and removed c.py's class.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Compiling 3 Python modules to ') : 'the first build did not compile all three modules'
assert log.contains('[INFO] Compiling 1 Python module to ') : "the second build did not compile exactly one module:\n${log}"
assert log.contains(' (1 up to date)')
assert log.contains('[INFO] Removed 1 class of deleted Python sources')
def classes = new File(basedir, 'target/classes/py')
assert new File(classes, 'a.class').isFile()
assert new File(classes, 'b.class').isFile()
assert !new File(classes, 'c.class').exists() : 'the class of the deleted c.py is still there'
def state = new File(basedir, 'target/weft/compile-state.txt').text
assert state.contains('\tpy/b\tb.py') && !state.contains('c.py')
return true
