// The compile goal ran in phase compile (after javac) in both builds; the second, offline build
// compiled everything again; the runnable jar works.
def log = new File(basedir, 'build.log').text
def compiles = log.findAll(/weft-maven-plugin:[^:]+:compile \(python-after-javac\)/)
assert compiles.size() == 2 : "expected two runs of the rebound compile goal:\n${log}"
def javac = log.indexOf('maven-compiler-plugin:3.13.0:compile')
def weft = log.indexOf('(python-after-javac)')
assert javac >= 0 && javac < weft : 'the weft compile goal did not run after javac'
assert log.findAll('Compiling 1 Python module to ').size() == 2 : log
assert log.findAll('BUILD SUCCESS').size() == 2
def second = log.substring(log.lastIndexOf('Building offline-rebound 1.0'))
assert !second.contains('Downloading') : 'the offline build downloaded something'

def jar = new File(basedir, 'target/offline-rebound-1.0-app.jar')
def p = new ProcessBuilder(System.getProperty('java.home') + '/bin/java', '-jar', jar.path, 'x').start()
def out = p.inputStream.text
def err = p.errorStream.text
assert p.waitFor() == 0 : err
assert out == "be=2, not=1, or=1, to=2\nargs: ['x']\n" : out
return true
