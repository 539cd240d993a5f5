package org.quire.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.quire.model.Diagnostic;
import org.quire.batch.ArchiveLimits;
import org.quire.batch.BatchResult;
import org.quire.batch.BatchSteps;
import org.quire.batch.FoundFile;
import org.quire.batch.FoundStory;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;

/**
 * The driver of a Spark run: finds the stories with the batch engine's finder, spreads them over
 * partitions by size, has the executors build them, commits the manifest as partitions finish,
 * and writes one {@code quire-report.json} for the whole run, as the command line does.
 */
final class SparkBatch {
    /** A partition holds at most this many stories, so a killed job loses little work. */
    private static final int STORIES_PER_PARTITION = 500;
    private final JavaSparkContext spark;
    private final PrintStream out;

    SparkBatch(JavaSparkContext spark, PrintStream out) {
        this.spark = spark;
        this.out = out;
    }

    BatchResult run(SparkArguments arguments) throws IOException {
        HadoopConf conf = new HadoopConf(spark.hadoopConfiguration());
        Path scratch = Files.createTempDirectory("quire-spark-");
        try {
            Inputs inputs = Inputs.resolve(arguments.inputs(), scratch.resolve("listed"), conf.get(), packArchives());
            OutputStore output = OutputStore.of(arguments.output(), conf);
            Path root = output.isLocal() ? output.localRoot() : scratch.resolve("report");
            BatchSteps.Found found = BatchSteps.find(inputs.paths(), scratch.resolve("unpacked"), ArchiveLimits.DEFAULT,
                    output.isLocal() ? root : null);
            if (!output.isLocal()) {
                output.fetch(BatchSteps.manifestFile(), root);
            }
            try (BatchSteps.Run run = BatchSteps.open(root, named(found, inputs), inputs::shown)) {
                List<StoryTask> tasks = new ArrayList<>();
                for (int i = 0; i < found.stories().size(); i++) {
                    FoundStory story = found.stories().get(i);
                    tasks.add(task(i, story, run, inputs, arguments, root, !found.problems(story).isEmpty()));
                }
                // Named as the writer knows them: a remote story by its URI, not the driver's listing.
                List<FoundStory> stories = IntStream.range(0, tasks.size())
                        .mapToObj(i -> tasks.get(i).found(found.stories().get(i).source())).toList();
                List<StoryTask> toBuild = new ArrayList<>();
                for (StoryTask task : tasks) {
                    List<Diagnostic> stop = found.problems(found.stories().get(task.index()));
                    if (stop.isEmpty()) {
                        toBuild.add(task);
                    } else {
                        // An archive entry of the story was refused: it fails unbuilt, as on the command line.
                        run.finished(task.index(), BatchSteps.failed(stories.get(task.index()),
                                stop.stream().map(inputs::shown).toList(), java.time.Duration.ZERO), null, List.of());
                    }
                }
                Committer committer = new Committer(run, stories, inputs::shown, () -> upload(output, root, BatchSteps.manifestFile()), out,
                        (long) (spark.getConf().getDouble("spark.quire.manifestSeconds", 5) * 1e9));
                BatchResult result;
                try {
                    build(toBuild, arguments, new JobSpec(arguments.options(), output, conf, arguments.force()), committer);
                    result = run.complete(inputs.paths());
                } catch (Exception | Error e) {
                    // A cancelled or failed job (SparkException): what finished stays recorded.
                    run.interrupted();
                    throw e;
                } finally {
                    upload(output, root, BatchSteps.manifestFile());
                    upload(output, root, BatchSteps.reportFile());
                }
                return result;
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Story {@code index}'s task, readied as the command line readies a story: a file not
     * Quire's to replace where its book would go is an error it takes along; else the files its
     * build will write are noted in the journal first.
     */
    private static StoryTask task(int index, FoundStory story, BatchSteps.Run run, Inputs inputs, SparkArguments arguments,
                                  Path root, boolean stopped) throws IOException {
        List<Path> editions = arguments.options().quire().editions(root.resolve(story.outputFolder()), story.baseName());
        Problem taken = stopped ? null : run.prepare(index, editions, arguments.force()).map(Problem::of).orElse(null);
        return inputs.task(index, story, run.fingerprint(story.key()), taken);
    }

    /** The stories and files found, named as the writer knows them (remote ones by their URIs). */
    private static BatchSteps.Found named(BatchSteps.Found found, Inputs inputs) {
        return new BatchSteps.Found(found.stories(), found.refused().stream().map(inputs::shown).toList(),
                found.files().stream().map(f -> new FoundFile(inputs.shown(f.shown()), f.role(), f.what())).toList());
    }

    private void build(List<StoryTask> tasks, SparkArguments arguments, JobSpec job, Committer committer) {
        if (tasks.isEmpty()) {
            return;
        }
        long[] sizes = tasks.stream().mapToLong(StoryTask::size).toArray();
        int wanted = arguments.partitions() > 0 ? arguments.partitions()
                : Math.max(4 * spark.defaultParallelism(), (tasks.size() + STORIES_PER_PARTITION - 1) / STORIES_PER_PARTITION);
        List<List<StoryTask>> partitions = SizePartitioner.assign(sizes, wanted).stream()
                .map(bin -> bin.stream().map(tasks::get).toList()).map(l -> (List<StoryTask>) new ArrayList<>(l)).toList();
        committer.partitions(partitions.size());
        // One element per slice: parallelize cuts a list of n elements into n slices of one, in order.
        JavaRDD<List<StoryTask>> rdd = spark.parallelize(partitions, partitions.size());
        List<Object> all = IntStream.range(0, partitions.size()).boxed().map(i -> (Object) i).toList();
        // Ctrl-C or a kill: Spark's own hook stops the job; the journal on the driver's disk holds
        // what finished, and this hook copies it to a remote output.
        Thread keep = new Thread(committer::flush, "quire-manifest");
        Runtime.getRuntime().addShutdownHook(keep);
        try {
            spark.sc().runJob(rdd.rdd(), new BuildPartition(job), CollectionConverters.asScala(all).toSeq(), committer,
                    ClassTag$.MODULE$.apply(List.class));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(keep);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already, and the hook runs
            }
        }
    }

    /**
     * Embedded, the executors share the driver's disk and read the stories it unpacked from
     * archives in place; on a cluster they are sent with their tasks ({@code spark.quire.packArchives}
     * decides either way).
     */
    private boolean packArchives() {
        return spark.getConf().getBoolean("spark.quire.packArchives", !spark.master().startsWith("local"));
    }

    /** For an output on a remote file system, copies the driver's {@code file} there. */
    private static void upload(OutputStore output, Path root, String file) throws IOException {
        if (!output.isLocal() && Files.isRegularFile(root.resolve(file))) {
            output.put(root.resolve(file), file, "driver");
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
