import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.quire.BookReport;
import org.quire.Format;
import org.quire.Quire;

/**
 * Builds one story and prints "words seconds peak-heap-MB" for the benchmark scripts.
 * Usage: BuildOne <story> <output-folder> <epub|pdf|epub,pdf>
 */
public final class BuildOne {
    public static void main(String[] args) throws Exception {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String name : args[2].split(",")) {
            formats.add(Format.parse(name));
        }
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            // The heap in use, sampled every 20 ms: summing each pool's own peak would overstate it.
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        BookReport report = Quire.builder().clock(Instant.parse("2026-01-01T00:00:00Z")).formats(formats).build()
                .build(Path.of(args[0]), Path.of(args[1]));
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        System.out.printf("%d %.1f %d%n", report.words(), seconds, peak[0] / (1024 * 1024));
    }
}
