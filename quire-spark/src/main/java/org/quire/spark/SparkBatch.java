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
import org.quire.batch.ArchiveLimits;
import org.quire.batch.BatchResult;
import org.quire.batch.BatchSteps;
import org.quire.batch.FoundFile;
import org.quire.batch.FoundStory;
import org.quire.batch.StoryResult;
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
            BatchSteps.Found found = BatchSteps.find(inputs.paths(), scratch.resolve("unpacked"), ArchiveLimits.DEFAULT);
            OutputStore output = OutputStore.of(arguments.output(), conf);
            Path reportRoot = output.isLocal() ? output.localRoot() : scratch.resolve("report");
            if (!output.isLocal()) {
                output.fetch(BatchSteps.manifestFile(), reportRoot);
            }
            BatchSteps.Ledger ledger = BatchSteps.ledger(reportRoot);
            List<FoundStory> stories = found.stories();
            List<StoryTask> tasks = new ArrayList<>();
            for (int i = 0; i < stories.size(); i++) {
                tasks.add(inputs.task(i, stories.get(i), ledger.fingerprint(stories.get(i).key())));
            }
            Committer committer = new Committer(ledger, stories.stream().map(FoundStory::key).toArray(String[]::new),
                    l -> saveManifest(l, output, reportRoot), out,
                    (long) (spark.getConf().getDouble("spark.quire.manifestSeconds", 5) * 1e9));
            build(tasks, arguments, new JobSpec(arguments.options(), output, conf, arguments.force()), committer);
            List<StoryResult> results = new ArrayList<>();
            for (int i = 0; i < stories.size(); i++) {
                // Named as the writer knows it: a remote story by its URI, not the driver's listing.
                results.add(committer.outcome(i).result(tasks.get(i).found(stories.get(i).source()), reportRoot));
            }
            BatchResult result = new BatchResult(results,
                    found.refused().stream().map(inputs::shown).toList(),
                    found.files().stream().map(f -> new FoundFile(inputs.shown(f.shown()), f.role(), f.what())).toList());
            BatchSteps.writeReport(result, reportRoot);
            if (!output.isLocal()) {
                output.put(reportRoot.resolve(BatchSteps.reportFile()), BatchSteps.reportFile(), "driver");
            }
            return result;
        } finally {
            deleteTree(scratch);
        }
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
        // Ctrl-C or a kill: Spark's own hook stops the job; this one keeps what finished before.
        Thread keep = new Thread(committer::flush, "quire-manifest");
        Runtime.getRuntime().addShutdownHook(keep);
        try {
            spark.sc().runJob(rdd.rdd(), new BuildPartition(job), CollectionConverters.asScala(all).toSeq(), committer,
                    ClassTag$.MODULE$.apply(List.class));
        } finally {
            committer.flush();
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

    private static void saveManifest(BatchSteps.Ledger ledger, OutputStore output, Path reportRoot) throws IOException {
        ledger.save();
        if (!output.isLocal()) {
            output.put(reportRoot.resolve(BatchSteps.manifestFile()), BatchSteps.manifestFile(), "driver");
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
