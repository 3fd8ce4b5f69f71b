// Without dev.weft:weft-runtime the compile goal fails before compiling, naming the dependency to add.
def log = new File(basedir, 'build.log').text
assert log.contains('The project does not depend on the Weft runtime') : log
assert log.contains('<artifactId>weft-runtime</artifactId>')
assert !new File(basedir, 'target/classes/py/app.class').exists()
return true
