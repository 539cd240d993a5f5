// The README's starter project built as a writer builds it: `mvn package` in the project folder,
// then `mvn clean`, which removes output/ as it removes target/.
def log = new File(basedir, 'build.log').text
['first-story.epub', 'first-story.pdf', 'first-story-cover.jpg'].each { name ->
    assert log.contains('output/' + name) || log.contains('output' + File.separator + name) : "expected ${name} in the log of mvn package"
}
assert !log.contains('ERROR') : "expected no ERROR in a build that succeeded (a library's logging once printed one)"
assert log =~ /Deleting .*output/ : "expected mvn clean to delete output/"
assert !new File(basedir, 'output').exists() : "expected mvn clean to remove output/"
return true
