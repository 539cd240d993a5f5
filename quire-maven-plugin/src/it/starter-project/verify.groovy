// The README's starter project built as a writer builds it: `mvn package` in the project folder.
def output = new File(basedir, 'output')
['first-story.epub', 'first-story.pdf', 'first-story-cover.jpg'].each { name ->
    def book = new File(output, name)
    assert book.isFile() && book.length() > 1000 : "expected ${book} after mvn package"
}
def log = new File(basedir, 'build.log').text
assert log.contains('output/first-story.epub') || log.contains('output' + File.separator + 'first-story.epub')
return true
