// The runnable jar runs app.py as __main__: output, exit status 0, and CPython's status for sys.exit(2).
def jar = new File(basedir, 'target/pure-python-app-1.0-app.jar')
assert jar.isFile() : "no runnable jar at ${jar}"
def javaBin = System.getProperty('java.home') + '/bin/java'

def run = { List<String> args ->
    def pb = new ProcessBuilder([javaBin, '-jar', jar.path] + args)
    pb.redirectErrorStream(false)
    def p = pb.start()
    def out = p.inputStream.text
    def err = p.errorStream.text
    [p.waitFor(), out, err]
}

def (status, out, err) = run(['ada', 'grace'])
assert status == 0 : "exit status ${status}, stderr: ${err}"
assert out == 'Hello, Ada!\nHello, Grace!\nDONE!\nkeywords: 35\neval: 42\n' : "unexpected output: ${out}"

def (status2, out2, err2) = run([])
assert status2 == 2 : "expected exit status 2, got ${status2}"
assert err2 == 'usage: app NAME...\n' : "unexpected stderr: ${err2}"

// The classes are also in the project's ordinary jar, named after the modules.
def classes = new File(basedir, 'target/classes/py')
assert new File(classes, 'app.class').isFile()
assert new File(classes, 'greet/__init__.class').isFile()
assert new File(classes, 'greet/words.class').isFile()
// The compiled standard library is in the runnable jar, under its own class prefix.
def entries = new java.util.zip.ZipFile(jar).withCloseable { z -> z.entries().collect { it.name } }
assert entries.contains('pystdlib/keyword.class') : "no weft-stdlib classes in ${jar}"
assert entries.contains('weft-stdlib/compile-report.tsv')
return true
