// Runs example.Main (Java) against the compiled Python classes and the Weft runtime.
def classes = new File(basedir, 'target/classes')
assert new File(classes, 'py/stats.class').isFile()
assert new File(classes, 'example/Main.class').isFile()
assert new File(classes, 'example/TextStats.class').isFile() : 'the @weft.java_class class was not emitted'
assert new File(classes, 'py/shapes.class').isFile()
def runtimeDir = new File(localRepositoryPath, 'dev/weft/weft-runtime')
def runtime = null
runtimeDir.eachFileRecurse { f -> if (f.name ==~ /weft-runtime-.*\.jar/ && !f.name.contains('sources')) runtime = f }
assert runtime != null : "weft-runtime not installed under ${runtimeDir}"

def javaBin = System.getProperty('java.home') + '/bin/java'
def p = new ProcessBuilder(javaBin, '-cp', "${classes}${File.pathSeparator}${runtime}", 'example.Main').start()
def out = p.inputStream.text
def err = p.errorStream.text
assert p.waitFor() == 0 : "example.Main failed: ${err}"
def expected = '''mean = 2.5
summary = {min=1, max=3, sorted=[1, 2, 3]}
top = [[be, 2], [to, 2]]
greetings = Hello, Ada; Hello, Alan (2 greeted)
parallel = [0, 1, 4, 9, 16]
note: called through java.lang.Runnable
typed: TextStats(6 words), 6 words, top [be, to]
shape: square (4 corners) of area 4.0
shape: round circle (0 corners) of area 12.0
total area = 16.0
biggest = round circle (0 corners) of area 12.0
caught ValueError: mean of an empty list
traceback mentions stats.py: true
last line: ValueError: mean of an empty list
'''
assert out == expected : "unexpected output:\n${out}\nstderr:\n${err}"
return true
