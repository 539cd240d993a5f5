package org.quire.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.quire.batch.BatchResult;
import org.quire.render.Version;

/**
 * {@code java -jar quire-spark.jar build <input>... --output <location>}: builds the stories on
 * Spark, embedded ({@code local[*]}, no cluster) unless spark-submit names a master. Exit codes
 * as the command line's: 0 all built, 1 some story failed, 2 bad usage.
 */
public final class Main {
    static final int OK = 0;
    static final int STORY_FAILED = 1;
    static final int USAGE = 2;
    private static final String HELP = """
            Usage: java -jar quire-spark.jar build <input>... --output <location> [options]
                   spark-submit --master yarn|k8s://… --class org.quire.spark.Main \\
                       quire-spark-cluster.jar build <input>... --output <location> [options]

            Builds an EPUB and a PDF of every story in the inputs on Apache Spark, the same books
            as 'quire.jar build'. Inputs and output are local paths or Hadoop URIs (file://,
            hdfs://, s3a://). Without spark-submit, Spark runs embedded on this machine's cores.

            Options (as quire.jar build):
              -o, --output <location>  where the books go; the input tree is mirrored there
                  --formats <list>     epub, pdf or epub,pdf (default)
                  --templates <dir>    templates that override the built-in theme (repeatable)
                  --trim <size>        PDF page: a5 (default), 6x9in, 5x8in, letter, a4, 130x200mm
                  --no-cover           make no cover
                  --notes <setting>    author's notes in plain text: guess, edges, none, file=mode
                  --force              rebuild stories that have not changed
            Spark:
              -j, --jobs <n>           cores of the embedded Spark (default: all)
                  --master <url>       a Spark master URL (spark-submit's --master sets it too)
                  --partitions <n>     partitions to spread the stories over (default: chosen
                                       by size, at least 4 per core)

            Exit codes: 0 all built, 1 some story failed, 2 bad usage.
            SOURCE_DATE_EPOCH, when set, is the time stamped into the books.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err, System.getenv()));
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> environment) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(HELP);
            return OK;
        }
        if (args.contains("--version") || args.contains("-V")) {
            out.println("quire " + Version.get());
            return OK;
        }
        SparkArguments arguments;
        try {
            arguments = SparkArguments.parse(args, environment);
        } catch (SparkArguments.UsageException e) {
            err.println("quire: " + e.getMessage());
            err.println("Try 'java -jar quire-spark.jar --help'.");
            return USAGE;
        }
        Logs.quiet();
        long start = System.nanoTime();
        try (JavaSparkContext spark = new JavaSparkContext(conf(arguments))) {
            BatchResult result = new SparkBatch(spark, out).run(arguments);
            Report.print(result, arguments.output(), System.nanoTime() - start, out);
            return result.ok() ? OK : STORY_FAILED;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("quire: " + e.getFile() + ": " + (e.getReason() == null ? "no such file" : e.getReason()));
            return USAGE;
        } catch (IOException e) {
            err.println("quire: " + e.getMessage());
            return STORY_FAILED;
        } catch (Exception e) {
            // SparkException (a job cancelled, an executor lost too often): thrown by Scala, undeclared.
            err.println("quire: the Spark job stopped (" + e.getMessage() + "); the stories finished before are in the"
                    + " manifest, and the same command goes on from there");
            return STORY_FAILED;
        }
    }

    /** Spark's settings: spark-submit's when it ran us, else an embedded Spark on this machine alone. */
    static SparkConf conf(SparkArguments arguments) {
        SparkConf conf = new SparkConf().setAppName("quire");
        if (arguments.master() != null) {
            conf.setMaster(arguments.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(arguments.embeddedMaster());
        }
        if (conf.get("spark.master").startsWith("local")) {
            // Embedded: nothing listens beyond this machine, and no web UI is started.
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        return conf;
    }
}
