package org.quire.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.BuildClock;
import org.quire.Format;
import org.quire.importer.NoteSettings;
import org.quire.write.TrimSize;

/**
 * The command line of {@code quire-spark.jar build <input>... --output <location> [options]}: the
 * command line's {@code build} options, read the same way, plus where Spark runs.
 *
 * @param inputs local paths or Hadoop URIs ({@code file://}, {@code hdfs://}, {@code s3a://})
 * @param output a local folder or a Hadoop URI
 * @param master Spark's master URL from {@code --master}, or null (spark-submit's, else embedded)
 * @param jobs cores of the embedded Spark ({@code local[n]}); 0 for all
 * @param partitions how many partitions to spread the stories over; 0 to choose
 */
record SparkArguments(List<String> inputs, String output, BuildOptions options, boolean force, String master, int jobs,
                      int partitions) {

    /** A command line that cannot be run; the message says what to type instead. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static SparkArguments parse(List<String> args, Map<String, String> environment) throws UsageException {
        if (args.isEmpty() || !args.get(0).equals("build")) {
            throw new UsageException(args.isEmpty() ? "no command given" : "unknown command '" + args.get(0) + "'");
        }
        List<String> inputs = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        List<String> formats = List.of("epub", "pdf");
        String output = null;
        String master = null;
        String trim = "a5";
        NoteSettings notes = NoteSettings.GUESS;
        boolean force = false;
        boolean covers = true;
        int jobs = 0;
        int partitions = 0;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--output", "-o" -> output = value(args, ++i, arg);
                case "--formats" -> formats = formats(value(args, ++i, arg));
                case "--templates" -> templates.add(value(args, ++i, arg));
                case "--trim" -> trim = value(args, ++i, arg);
                case "--notes" -> notes = notes(notes, value(args, ++i, arg));
                case "--force" -> force = true;
                case "--no-cover" -> covers = false;
                case "--master" -> master = value(args, ++i, arg);
                case "--jobs", "-j" -> jobs = count(value(args, ++i, arg), arg, 0);
                case "--partitions" -> partitions = count(value(args, ++i, arg), arg, 1);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    inputs.add(arg);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("name at least one story, folder or archive to build");
        }
        if (output == null) {
            throw new UsageException("--output <location> is required: where the books go");
        }
        try {
            TrimSize.parse(trim);
            long clock = BuildClock.resolve(null, environment).getEpochSecond();
            return new SparkArguments(inputs, output, new BuildOptions(formats, clock, trim, templates, covers,
                    notes.toString()), force, master, jobs, partitions);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The embedded master for this run: {@code local[n]}, or {@code local[*]} for every core. */
    String embeddedMaster() {
        return "local[" + (jobs == 0 ? "*" : Integer.toString(jobs)) + "]";
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static List<String> formats(String list) throws UsageException {
        List<String> formats = new ArrayList<>();
        for (String name : list.split(",")) {
            try {
                String format = Format.parse(name).extension();
                if (!formats.contains(format)) {
                    formats.add(format);
                }
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

    private static int count(String text, String option, int least) throws UsageException {
        try {
            int value = Integer.parseInt(text);
            if (value < least) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number of at least " + least + ", not '" + text + "'");
        }
    }
}
