// Used by the Weft build (maven-plugin invoker tests) to check that this example keeps working.
def jar = new File(basedir, 'target/wordfreq-example-1.0-app.jar')
assert jar.isFile()
def javaBin = System.getProperty('java.home') + '/bin/java'
def readme = new File(basedir, 'README.md').path
def run = { List<String> cmd ->
    def p = new ProcessBuilder(cmd).start()
    def out = p.inputStream.text
    def err = p.errorStream.text
    assert p.waitFor() == 0 : "${cmd} failed: ${err}"
    out
}
def cli = run([javaBin, '-jar', jar.path, readme, '3'])
assert cli.readLines().size() == 4 : cli
assert cli.readLines()[3] ==~ /\d+ words, \d+ distinct, longest: \S+/ : cli
def report = run([javaBin, '-cp', jar.path, 'example.Report', readme])
assert report.contains('summary: {words=') : report
assert report.contains('Python raised AttributeError: ') : report
assert report =~ /distinct words: \d+/ : report
assert report =~ /longest: \[\S+, \S+, \S+\]/ : report
assert new File(basedir, 'target/classes/example/WordCounter.class').isFile()
assert !new File(basedir, 'target/classes/py/wordfreq/test_words.class').exists()
return true
