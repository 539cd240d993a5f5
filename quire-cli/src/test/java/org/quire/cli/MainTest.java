package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.Archive;

/** The command line run on real folders and archives, hostile ones included. */
class MainTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<Path> everyFile() throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aBrokenStoryAmongGoodOnesIsReportedAndTheOthersAreBuilt() throws Exception {
        write("in/good-one.md", "---\ntitle: Good One\n---\nText.\n");
        write("in/shelf/good-two/story.yaml", "title: Good Two\n");
        write("in/shelf/good-two/1-a.md", "Chapter text.\n");
        write("in/shelf/broken/story.yaml", "title: Broken\nstatus: {state: nearly}\n");
        write("in/shelf/broken/1-a.md", "Text.\n");
        write("in/README.md", "# Not a story\n");

        int code = run("build", root.resolve("in").toString(), "--output", root.resolve("out").toString(), "--formats", "epub");

        assertThat(code).isEqualTo(1);
        assertThat(root.resolve("out/good-one.epub")).isRegularFile();
        assertThat(root.resolve("out/shelf/good-two.epub")).isRegularFile();
        assertThat(root.resolve("out/shelf/broken.epub")).doesNotExist();
        assertThat(out()).contains(root.resolve("in/shelf/broken/story.yaml") + ":2:1: error [BAD-STATUS]")
                .contains("2 built, 0 up to date, 1 failed");
        assertThat(Files.readString(root.resolve("out/quire-report.json"))).contains("\"failed\": 1").contains("BAD-STATUS");
    }

    @Test
    void hostileArchivesAreRefusedAndTheirGoodStoriesStillBuilt() throws Exception {
        byte[] zeros = new byte[60 * 1024 * 1024];
        new Archive().add("../escaped.md", "---\ntitle: Escaped\n---\nOut!\n")
                .add("/tmp/absolute-" + root.getFileName() + ".md", "---\ntitle: Absolute\n---\nOut!\n")
                .add("fine/story.yaml", "title: Fine\n").add("fine/1.md", "Inside.\n")
                .writeZip(Files.createDirectories(root.resolve("in")).resolve("mixed.zip"));
        new Archive().add("bomb/story.yaml", "title: Bomb\n").add("bomb/1.md", zeros)
                .writeZip(root.resolve("in/bomb.zip"));
        Archive.tarWithLink(root.resolve("in/linked.tar.gz"), "linked/one.md", "---\ntitle: Linked\n---\nText.\n",
                "linked/passwd.md", "/etc/passwd");
        List<Path> before = everyFile();

        int code = run("build", root.resolve("in").toString(), "--output", root.resolve("out").toString(), "--formats", "epub");

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("entry '../escaped.md' climbs out of the archive")
                .contains("has an absolute path")
                .contains("entry 'bomb/1.md' unpacks to more than 100 times its packed size (a zip bomb?); refused, "
                        + "the rest of the archive is unpacked")
                .contains("entry 'linked/passwd.md' is a link");
        assertThat(root.resolve("out/mixed/fine.epub")).isRegularFile();
        assertThat(root.resolve("out/linked/linked/one.epub")).isRegularFile();
        assertThat(Path.of("/tmp/absolute-" + root.getFileName() + ".md")).doesNotExist();
        List<Path> after = new ArrayList<>(everyFile());
        after.removeAll(before);
        assertThat(after).allSatisfy(file -> assertThat(file).startsWith(root.resolve("out")));
        assertThat(after).noneMatch(file -> file.getFileName().toString().contains("escaped"));
    }

    @Test
    void anOversizedEntryIsRefusedAloneAndTheStoriesBesideItBuild() throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        new Archive().add("good-one.md", "---\ntitle: Good One\n---\nText.\n")
                .add("bomb.md", new byte[8 * 1024 * 1024])
                .add("good-two/story.yaml", "title: Good Two\n").add("good-two/1.md", "Chapter.\n")
                .writeZip(in.resolve("shelf.zip"));

        int code = run("build", in.toString(), "--output", root.resolve("out").toString(), "--formats", "epub");

        assertThat(code).as("a refused entry is an error").isEqualTo(1);
        assertThat(out()).contains(in.resolve("shelf.zip") + ": error [ARCHIVE-ENTRY] entry 'bomb.md' unpacks to more than "
                + "100 times its packed size (a zip bomb?); refused, the rest of the archive is unpacked")
                .contains("2 built, 0 up to date, 0 failed, 1 refused");
        assertThat(root.resolve("out/shelf/good-one.epub")).isRegularFile();
        assertThat(root.resolve("out/shelf/good-two.epub")).isRegularFile();
    }

    @Test
    void aStoryThatLostAnEntryToTheLimitsIsNotBuiltWithoutIt() throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        new Archive().add("saga/story.yaml", "title: Saga\n").add("saga/1.md", "One.\n")
                .add("saga/2.md", new byte[8 * 1024 * 1024]).add("saga/3.md", "Three.\n")
                .add("fine.md", "---\ntitle: Fine\n---\nFine.\n")
                .writeZip(in.resolve("shelf.zip"));

        int code = run("build", in.toString(), "--output", root.resolve("out").toString(), "--formats", "epub");

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("entry 'saga/2.md' unpacks to more than 100 times its packed size")
                .contains("it belongs to the story " + in.resolve("shelf.zip") + "!/saga, which is not built without it");
        assertThat(root.resolve("out/shelf/saga.epub")).doesNotExist();
        assertThat(root.resolve("out/shelf/fine.epub")).isRegularFile();
    }

    @Test
    void brokenAndOddArchivesAreRefusedOneByOneAndNormalOnesBuild() throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        byte[] good = Files.readAllBytes(new Archive().add("s/story.yaml", "title: S\n").add("s/1.md", "Text.\n")
                .writeZip(root.resolve("good.zip")));
        Files.write(in.resolve("truncated.zip"), java.util.Arrays.copyOf(good, 60));
        new Archive().add("inner.zip", good).writeZip(in.resolve("nested.zip"));
        Files.write(in.resolve("bom.md"), ("\uFEFF---\ntitle: Bom\n---\nHello.\n").getBytes(StandardCharsets.UTF_8));
        write("in/deep.md", "---\ntitle: Deep\n---\n" + ">".repeat(3000) + " text\n");
        write("in/fine.md", "---\ntitle: Fine\n---\nFine.\n");

        int code = run("build", in.toString(), "--output", root.resolve("out").toString(), "--formats", "epub");

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("truncated.zip: error [ARCHIVE-REFUSED]").contains("[ARCHIVE-NESTED]");
        assertThat(root.resolve("out/bom.epub")).isRegularFile();
        assertThat(root.resolve("out/fine.epub")).isRegularFile();
    }

    @Test
    void aLinkedFolderCannotLeadAChapterOutOfItsStory() throws Exception {
        write("secret/passwd.md", "TOP SECRET\n");
        write("in/leak/story.yaml", "title: Leak\nchapters: [1.md, out/passwd.md]\n");
        write("in/leak/1.md", "Text.\n");
        Files.createSymbolicLink(root.resolve("in/leak/out"), root.resolve("secret"));
        int code = run("build", root.resolve("in").toString(), "--output", root.resolve("out").toString(), "--formats", "epub");
        assertThat(code).isEqualTo(1);
        assertThat(out()).contains(root.resolve("in/leak/out") + ": error [LINK-OUTSIDE] chapter 'out/passwd.md' "
                + "(story.yaml:2) is reached through a link that leads out of the story");
        assertThat(root.resolve("out/leak.epub")).doesNotExist();
    }

    @Test
    void referencesToLocalFilesAndTheWebAreNeverFollowed() throws Exception {
        write("in/peek.md", "---\ntitle: Peek\n---\nA picture: ![secret](file:///etc/passwd)\n\n"
                + "<img src=\"http://example.invalid/track.png\" alt=\"tracker\"> and <a href=\"file:///etc/passwd\">a link</a>.\n");
        int code = run("build", root.resolve("in").toString(), "--output", root.resolve("out").toString());
        assertThat(code).isZero();
        String report = Files.readString(root.resolve("out/quire-report.json"));
        assertThat(report).contains("image file:///etc/passwd is outside the story and is not fetched")
                .contains("image http://example.invalid/track.png is outside the story and is not fetched")
                .contains("link to file: removed");
        try (ZipFile epub = new ZipFile(root.resolve("out/peek.epub").toFile())) {
            String text = new String(epub.getInputStream(epub.getEntry("EPUB/ch001.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("root:").doesNotContain("etc/passwd").doesNotContain("example.invalid").contains("secret");
        }
        assertThat(Files.readAllBytes(root.resolve("out/peek.pdf"))).isNotEmpty();
    }

    @Test
    void anUnchangedStoryIsSkippedAndTouchingOneChapterRebuildsOnlyItsStory() throws Exception {
        write("in/a/story.yaml", "title: A\n");
        Path chapter = write("in/a/1.md", "One.\n");
        write("in/b/story.yaml", "title: B\n");
        write("in/b/1.md", "Two.\n");
        String[] build = {"build", root.resolve("in").toString(), "--output", root.resolve("out").toString(), "--formats", "epub"};
        assertThat(run(build)).isZero();
        assertThat(out()).contains("2 built, 0 up to date");
        assertThat(run(build)).isZero();
        assertThat(out()).contains("0 built, 2 up to date");
        Files.writeString(chapter, "One, revised.\n");
        assertThat(run(build)).isZero();
        assertThat(out()).contains("1 built, 1 up to date").contains("built " + root.resolve("in/a"));
        String[] forced = {"build", root.resolve("in").toString(), "--output", root.resolve("out").toString(), "--formats", "epub", "--force"};
        assertThat(run(forced)).isZero();
        assertThat(out()).contains("2 built, 0 up to date");
    }

    /**
     * Trial 9, finding 4: same.txt beside a different same.md was passed over as "imported
     * already" (by name alone) and the summary said "1 built, 0 skipped" under the skipped line.
     */
    @Test
    void aStoryBesideADifferentOneOfTheSameNameIsBuiltAndTheSummaryCountsWhatWasSkipped() throws Exception {
        write("in/same.md", "---\ntitle: Same\n---\nA different story altogether, about two sisters and a lighthouse.\n");
        write("in/same.txt", "Paper Boats\n\nThey folded the boats from old maps and sent them down the river.\n");
        write("in/todo.rtf", "{\\rtf1}");
        String[] build = {"build", root.resolve("in").toString(), "--output", root.resolve("out").toString(),
                "--formats", "epub", "--no-cover"};

        assertThat(run(build)).isZero();
        assertThat(root.resolve("out/same.epub")).isRegularFile();
        assertThat(root.resolve("out/same-2.epub")).isRegularFile();
        assertThat(out()).contains(root.resolve("in/same.txt") + ": warning [OUTPUT-RENAMED] written under the name same-2, not same")
                .contains("skipped: " + root.resolve("in/todo.rtf") + ": not a format Quire reads")
                .contains("2 built, 0 up to date, 0 failed, 1 file skipped: ")
                .doesNotContain("imported already");

        // quire import into the same folder marks what it writes; the build then passes the source over, and counts it.
        Files.delete(root.resolve("in/same.md"));
        assertThat(run("import", root.resolve("in/same.txt").toString(), "--output", root.resolve("in").toString())).isZero();
        assertThat(run(build)).isZero();
        assertThat(out()).contains("skipped: " + root.resolve("in/same.txt") + ": imported already as same.md, which is built instead")
                .contains("1 built, 0 up to date, 0 failed, 3 files skipped: "); // with todo.rtf and quire-import.json
    }

    /** Trial 15: the theme could be copied only with Maven. */
    @Test
    void themeCopiesTheBuiltInThemeAndNeverOverwrites() throws Exception {
        Path templates = root.resolve("my-templates");
        write("my-templates/cover.css", "/* mine */");
        assertThat(run("theme", "cover.ftlx", "cover.css", "--to", templates.toString())).isZero();
        assertThat(templates.resolve("cover.ftlx")).isRegularFile();
        assertThat(Files.readString(templates.resolve("cover.css"))).isEqualTo("/* mine */");
        assertThat(out()).contains("copied " + templates.resolve("cover.ftlx")).contains("kept your " + templates.resolve("cover.css"));
        assertThat(run("theme", "--to", templates.toString())).isZero();
        assertThat(templates.resolve("print.css.ftl")).isRegularFile();
        assertThat(run("theme", "no-such.ftlx", "--to", templates.toString())).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the theme has no file 'no-such.ftlx'");
    }

    @Test
    void badUsageExitsWithTwoAndHelpAndVersionWithZero() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("build", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--output <dir> is required");
        assertThat(run("build", "x", "--output", "y", "--jobs", "zero")).isEqualTo(2);
        assertThat(run("build", "x", "--output", "y", "--formats", "mobi")).isEqualTo(2);
        assertThat(run("build", root.resolve("missing").toString(), "--output", root.resolve("o").toString())).isEqualTo(2);
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage: java -jar quire.jar build");
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("quire ");
    }

    @Test
    void importWritesQuireSourceAndReportsEveryFileAndNeverOverwrites() throws Exception {
        write("in/story.txt", "My Summer\n\nA/N: my first fic!\n\nThe sun came up over the lake.\n\nThe end came.\n");
        write("in/fanart.png", "not really a picture");
        write("in/todo.rtf", "{\\rtf1}");
        Path output = root.resolve("sources");

        assertThat(run("import", root.resolve("in").toString(), "--output", output.toString())).isEqualTo(0);
        String story = Files.readString(output.resolve("story.md"));
        // A one-shot is complete unless its text says more is coming.
        assertThat(story).startsWith("---\n# imported by Quire from story.txt\ntitle: My Summer\nnotes: my first fic!\nstatus: complete\n---\nThe sun came up over the lake.");
        assertThat(out()).contains("in/fanart.png: skipped, a picture no story names as its cover")
                .contains("in/todo.rtf: skipped, not a format Quire reads").contains("1 imported");
        assertThat(Files.readString(output.resolve("quire-import.json"))).contains("\"format\": \"text\"")
                .contains("\"role\": \"skipped\"");

        assertThat(run("import", root.resolve("in").toString(), "--output", output.toString())).isEqualTo(1);
        assertThat(out()).contains("not written");
        assertThat(run("import", root.resolve("in").toString(), "--output", output.toString(), "--force")).isEqualTo(0);

        assertThat(run("build", output.toString(), "--output", root.resolve("books").toString(), "--formats", "epub",
                "--no-cover")).isEqualTo(0);
        assertThat(root.resolve("books/story.epub")).isRegularFile();
    }

    @Test
    void buildTakesTextFilesAndNamesInputsThatAreNoStory() throws Exception {
        Path story = write("pasted.txt", "A/N: hope you enjoy!\n\nShe ran.\n\nHe followed.\n");
        Path picture = write("cover.png", "x");
        Path output = root.resolve("out");

        assertThat(run("build", story.toString(), "--output", output.toString(), "--formats", "epub", "--no-cover",
                "--notes", "none")).isEqualTo(0);
        assertThat(output.resolve("pasted.epub")).isRegularFile();
        assertThat(run("build", picture.toString(), "--output", output.toString())).isEqualTo(1);
        assertThat(out()).contains("NOT-A-STORY").contains("cover.png");
        assertThat(run("build", story.toString(), "--output", output.toString(), "--notes", "maybe")).isEqualTo(2);
    }

    @Test
    void importNeverReplacesAnotherStorysCoverAndRefusesBuildOptions() throws Exception {
        Path output = root.resolve("sources");
        write("sources/a.md", "---\ntitle: A\ncover: cover.jpg\n---\nA text.\n");
        Path theirs = write("sources/cover.jpg", "A's cover");
        write("in/b.md", "---\ntitle: B\ncover: cover.jpg\n---\nB text.\n");
        write("in/cover.jpg", "B's cover");

        assertThat(run("import", root.resolve("in").toString(), "--output", output.toString())).isEqualTo(1);
        assertThat(Files.readString(theirs)).isEqualTo("A's cover");
        assertThat(output.resolve("b.md")).doesNotExist();
        assertThat(out()).contains("IMPORT-EXISTS").contains("cover.jpg");

        assertThat(run("import", root.resolve("in").toString(), "--output", output.toString(), "--formats", "epub"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--formats is for build");
        assertThat(run("--help")).isZero();
        assertThat(out().lines().filter(l -> l.strip().startsWith("--force")).count()).isEqualTo(1);
    }

    @Test
    void anArchiveWithNoStoryIsAnError() throws Exception {
        Path zip = root.resolve("pics.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("art.png"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        assertThat(run("build", zip.toString(), "--output", root.resolve("out").toString(), "--formats", "epub"))
                .isEqualTo(1);
        assertThat(out()).contains("NOT-A-STORY").contains("pics.zip: error").contains("1 refused");
    }

    @Test
    void whatCountsAsAStoryInAFolder() throws Exception {
        write("in/SOURCES.txt", "Where the texts come from.\n");
        write("in/STATS.txt", "Words: 12\n");
        write("in/README.txt", "Read me.\n");
        write("in/notes.txt", "Ideas for later.\n");
        write("in/tale.txt", "The Tale\n\nOnce there was a fox.\n");
        write("in/tale.md", "---\ntitle: The Tale\n---\nOnce there was a fox.\n");
        write("in/shelf/saga/story.yaml", "title: Saga\ncover: art/front.jpg\n");
        write("in/shelf/saga/1-one.md", "One.\n");
        write("in/shelf/saga/outline.txt", "What happens next.\n");
        write("in/shelf/saga/art/front.jpg", "not really");
        write("in/one/b.md", "---\ntitle: B\ncover: art/b.jpg\n---\nB text.\n");
        write("in/one/art/b.jpg", "not really");
        Path book = root.resolve("in/book");
        unpack(Path.of("../quire-core/src/test/resources/import/tools/pandoc.epub"), book);

        assertThat(run("import", root.resolve("in").toString(), "--output", root.resolve("src").toString())).isEqualTo(0);

        String report = Files.readString(root.resolve("src/quire-import.json"));
        assertThat(report).contains("\"source\": \"" + root.resolve("in/book") + "\", \"format\": \"epub\"")
                .contains("in/book/EPUB/text/ch001.xhtml\", \"role\": \"part\"")
                .contains("in/SOURCES.txt\", \"role\": \"skipped\", \"what\": \"a read-me")
                .contains("in/STATS.txt\", \"role\": \"skipped\"").contains("in/README.txt\", \"role\": \"skipped\"")
                .contains("in/notes.txt\", \"role\": \"skipped\"")
                .contains("in/tale.txt\", \"role\": \"skipped\", \"what\": \"imported already as tale.md")
                .contains("saga/outline.txt\", \"role\": \"skipped\", \"what\": \"not read")
                .contains("saga/art/front.jpg\", \"role\": \"part\", \"what\": \"the story's cover\"")
                .contains("in/one/art/b.jpg\", \"role\": \"part\", \"what\": \"a cover picture\"");
        assertThat(out()).contains("1 imported, 3 copied");

        assertThat(run("build", root.resolve("in/notes.txt").toString(), "--output", root.resolve("out").toString(),
                "--formats", "epub", "--no-cover")).isEqualTo(0);
        assertThat(run("build", root.resolve("in").toString(), "--output", root.resolve("out2").toString(),
                "--formats", "epub", "--no-cover")).isEqualTo(0);
        assertThat(out()).contains("skipped: " + root.resolve("in/shelf/saga/outline.txt") + ": not read");
    }

    private static void unpack(Path epub, Path folder) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    Path file = folder.resolve(entry.getName());
                    Files.createDirectories(file.getParent());
                    Files.write(file, zip.getInputStream(entry).readAllBytes());
                }
            }
        }
    }
}
