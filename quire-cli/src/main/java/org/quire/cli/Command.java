package org.quire.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.quire.BuildClock;
import org.quire.Quire;
import org.quire.batch.ArchiveLimits;
import org.quire.batch.BatchInterruptedException;
import org.quire.batch.BatchResult;
import org.quire.batch.BatchRunner;
import org.quire.batch.ImportResult;
import org.quire.batch.ImportRunner;
import org.quire.batch.Plural;
import org.quire.batch.ShutdownGuard;
import org.quire.render.Version;
import org.quire.write.PdfOptions;
import org.quire.write.TrimSize;

/**
 * The commands themselves, run in this JVM: {@code build <input>... --output <dir>} builds stories,
 * folders of stories and archives of them, without Maven; {@code import} and {@code theme}.
 * {@link Main} calls it directly, or a {@link DaemonServer} does for a client. Exit codes: 0 all
 * built, 1 some story failed, 2 bad usage, 130 interrupted (Ctrl-C; the next run resumes where it
 * stopped).
 */
final class Command {
    static final int OK = Main.OK;
    static final int STORY_FAILED = Main.STORY_FAILED;
    static final int USAGE = Main.USAGE;
    static final int INTERRUPTED = Main.INTERRUPTED;
    private static final String HELP = """
            Usage: java -jar quire.jar build <input>... --output <dir> [options]
                   java -jar quire.jar import <input>... --output <dir> [--notes <setting>] [--force]
                   java -jar quire.jar theme [<file>...] [--to <dir>]

            build: writes an EPUB and a PDF of every story in the inputs: story folders (with
            story.yaml), one-shot .md files, stories in other formats (.txt, .md without front
            matter, .html and AO3 downloads, .epub or an unpacked EPUB folder, .docx), folders
            searched to any depth, and .zip or .tar.gz archives.
            import: writes each story in the inputs as Quire source (a one-shot .md, or a folder
            with story.yaml and chapter files), and quire-import.json, the report of every file.
            theme: copies the built-in theme's templates and stylesheets (or only the files named,
            such as cover.ftlx cover.css) into templates/ (or --to <dir>) to start a design from;
            files already there are kept. Build with --templates <dir> to use them.

            Options:
              -o, --output <dir>     where the books (build) or the sources (import) go; the
                                     input tree is mirrored there
                  --notes <setting>  author's notes in plain text: guess (default), edges (the
                                     first and last paragraphs) or none; file=mode sets one
                                     story's: --notes guess,seed.txt=edges (repeatable)
                  --force            build: rebuild stories that have not changed;
                                     import: replace stories already in the output folder
            build only:
                  --formats <list>   epub, pdf or epub,pdf (default)
              -j, --jobs <n>         stories built at once (default, and 0: one per core)
                  --templates <dir>  templates that override the built-in theme (repeatable)
                  --trim <size>      PDF page: a5 (default), 6x9in, 5x8in, letter, a4, 130x200mm
                  --no-cover         make no cover (by default one is generated or taken)
              -q, --quiet            print only errors
              -v, --verbose          print every story as it finishes, and every input file
              -h, --help             this help
              -V, --version          Quire's version
                  --no-daemon        build in this process, not in the build server
                  --stop-daemon      stop this user's build servers

            Exit codes: 0 all built, 1 some story failed, 2 bad usage, 130 interrupted (Ctrl-C;
            143 when stopped by kill): the stories that finished are kept; run the same command
            again (without --force) to resume.
            Books Quire wrote earlier are removed from the output folder when their story is
            gone, fails, or their format is no longer built; other files there are never touched.
            SOURCE_DATE_EPOCH, when set, is the time stamped into the books.
            The quire launcher hands builds to a build server that stays warm for 10 minutes
            (QUIRE_DAEMON_IDLE=<seconds>); QUIRE_DAEMON=off or --no-daemon builds in-process,
            QUIRE_DAEMON=on uses it with java -jar too.
            """;

    private Command() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Screen screen) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(HELP);
            return OK;
        }
        if (args.contains("--version") || args.contains("-V")) {
            out.println("quire " + Version.get());
            return OK;
        }
        if (!args.isEmpty() && args.get(0).equals("theme")) {
            return ThemeCommand.run(args.subList(1, args.size()), out, err);
        }
        Arguments arguments;
        Quire quire;
        try {
            arguments = Arguments.parse(args);
            quire = Quire.builder()
                    .formats(arguments.formats())
                    .clock(BuildClock.resolve(null, System.getenv()))
                    .pdf(PdfOptions.DEFAULT.withTrim(TrimSize.parse(arguments.trim())))
                    .templatesAll(arguments.templates())
                    .covers(arguments.covers())
                    .notes(arguments.notes())
                    .build();
        } catch (Arguments.UsageException | IllegalArgumentException e) {
            err.println("quire: " + e.getMessage());
            err.println("Try 'java -jar quire.jar --help'.");
            return USAGE;
        }
        if (arguments.command().equals("import")) {
            return importStories(arguments, out, err);
        }
        return build(arguments, quire, out, err, screen);
    }

    /**
     * Prints inside the guard: on Ctrl-C the shutdown hook waits for the guard to close, so the
     * JVM exits (with 130) only once the summary is out.
     */
    private static int build(Arguments arguments, Quire quire, PrintStream out, PrintStream err, Screen screen) {
        Progress progress = new Progress(out, screen, arguments.verbosity(), arguments.jobs());
        try (ShutdownGuard guard = ShutdownGuard.install()) {
            try {
                BatchResult result = new BatchRunner(quire, arguments.jobs(), arguments.force(), ArchiveLimits.DEFAULT)
                        .run(arguments.inputs(), arguments.output(), progress);
                progress.end();
                Summary.print(result, out, screen, arguments.verbosity());
                return result.ok() ? OK : STORY_FAILED;
            } catch (BatchInterruptedException e) {
                progress.end();
                BatchResult done = e.partial();
                err.println(screen.fit("quire: interrupted; " + done.stories().size() + " of "
                        + Plural.of(done.found(), "story", "stories") + " finished and are kept (report: "
                        + Summary.shown(arguments.output().resolve("quire-report.json"))
                        + (arguments.force() ? "); run the same command without --force to resume"
                                : "); run the same command again to resume")));
                return INTERRUPTED;
            } catch (java.nio.file.NoSuchFileException e) {
                progress.end();
                err.println("quire: " + e.getFile() + ": " + (e.getReason() == null ? "no such file" : e.getReason()));
                return USAGE;
            } catch (IOException e) {
                progress.end();
                err.println("quire: " + e.getMessage());
                return guard.triggered() ? INTERRUPTED : STORY_FAILED;
            }
        }
    }

    private static int importStories(Arguments arguments, PrintStream out, PrintStream err) {
        try (ShutdownGuard guard = ShutdownGuard.install()) { // Ctrl-C: the unpacked archives are removed
            ImportResult result = new ImportRunner(arguments.notes(), arguments.force(), ArchiveLimits.DEFAULT)
                    .run(arguments.inputs(), arguments.output());
            ImportSummary.print(result, arguments.output(), out);
            return result.ok() ? OK : STORY_FAILED;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("quire: " + e.getFile() + ": " + (e.getReason() == null ? "no such file" : e.getReason()));
            return USAGE;
        } catch (IOException e) {
            err.println("quire: " + e.getMessage());
            return STORY_FAILED;
        }
    }
}
