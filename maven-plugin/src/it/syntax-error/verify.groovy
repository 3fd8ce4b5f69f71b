// Every compile error of the run is reported in Maven's compiler format, and the good module still compiles.
def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/python').canonicalFile

def expected = [
    "[ERROR] ${new File(src, 'bad_syntax.py')}:[3,10] SyntaxError: expected ':'",
    "[ERROR] ${new File(src, 'pkg/bad_indent.py')}:[2,1] IndentationError: expected an indented block after function definition on line 1",
]
expected.each { line ->
    assert log.contains(line) : "build.log lacks: ${line}"
}
assert log.contains('[ERROR] COMPILATION ERROR :')
assert log.contains('[INFO] 2 errors')
assert log.contains('BUILD FAILURE')
assert !log.contains('Exception in thread') && !log.contains('\tat dev.weft') : 'a Java stack trace leaked into the build log'
assert new File(basedir, 'target/classes/py/ok.class').isFile()
assert !new File(basedir, 'target/classes/py/bad_syntax.class').exists()
return true
