package org.quire.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quire.Format;
import org.quire.importer.NoteSettings;

/** The command line, parsed: {@code build|import <input>... --output <dir> [options]}. */
record Arguments(String command, List<Path> inputs, Path output, Set<Format> formats, int jobs, List<Path> templates,
                 boolean force, String trim, boolean covers, NoteSettings notes, Verbosity verbosity) {

    /** How much is printed: errors only, the usual, or every story and file. */
    enum Verbosity { QUIET, NORMAL, VERBOSE }

    /** A command line that cannot be run; the message says what to type instead. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Options that shape books, which import does not write. */
    private static final Set<String> BUILD_ONLY = Set.of("--formats", "--jobs", "-j", "--templates", "--trim", "--no-cover",
            "--quiet", "-q", "--verbose", "-v");

    static Arguments parse(List<String> args) throws UsageException {
        if (args.isEmpty() || !(args.get(0).equals("build") || args.get(0).equals("import"))) {
            throw new UsageException(args.isEmpty() ? "no command given" : "unknown command '" + args.get(0) + "'");
        }
        List<Path> inputs = new ArrayList<>();
        List<Path> templates = new ArrayList<>();
        Path output = null;
        Set<Format> formats = EnumSet.of(Format.EPUB, Format.PDF);
        int jobs = Runtime.getRuntime().availableProcessors();
        Verbosity verbosity = Verbosity.NORMAL;
        boolean force = false;
        boolean covers = true;
        String trim = "a5";
        NoteSettings notes = NoteSettings.GUESS;
        boolean importing = args.get(0).equals("import");
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (importing && BUILD_ONLY.contains(arg)) {
                throw new UsageException(arg + " is for build; import writes Quire source, not books");
            }
            switch (arg) {
                case "--output", "-o" -> output = Path.of(value(args, ++i, arg));
                case "--formats" -> formats = formats(value(args, ++i, arg));
                case "--jobs", "-j" -> jobs = jobs(value(args, ++i, arg));
                case "--templates" -> templates.add(Path.of(value(args, ++i, arg)));
                case "--trim" -> trim = value(args, ++i, arg);
                case "--force" -> force = true;
                case "--no-cover" -> covers = false;
                case "--notes" -> notes = notes(notes, value(args, ++i, arg));
                case "--quiet", "-q" -> verbosity = verbosity(verbosity, Verbosity.QUIET);
                case "--verbose", "-v" -> verbosity = verbosity(verbosity, Verbosity.VERBOSE);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    inputs.add(Path.of(arg));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("name at least one story, folder or archive to " + args.get(0));
        }
        if (output == null) {
            throw new UsageException("--output <dir> is required: where the books go");
        }
        return new Arguments(args.get(0), inputs, output, formats, jobs, templates, force, trim, covers, notes, verbosity);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static Set<Format> formats(String list) throws UsageException {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String name : list.split(",")) {
            try {
                formats.add(Format.parse(name));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return formats;
    }

    private static NoteSettings notes(NoteSettings notes, String text) throws UsageException {
        try {
            return notes.with(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
    }

    private static Verbosity verbosity(Verbosity before, Verbosity asked) throws UsageException {
        if (before != Verbosity.NORMAL && before != asked) {
            throw new UsageException("--quiet and --verbose cannot go together; choose one");
        }
        return asked;
    }

    /** {@code 0} means one job per processor core, as the Maven goal's default. */
    private static int jobs(String text) throws UsageException {
        try {
            int jobs = Integer.parseInt(text);
            if (jobs < 0) {
                throw new NumberFormatException();
            }
            return jobs == 0 ? Runtime.getRuntime().availableProcessors() : jobs;
        } catch (NumberFormatException e) {
            throw new UsageException("--jobs takes a whole number: 0 for one per core, or how many stories at once; not '"
                    + text + "'");
        }
    }
}
