import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
        long start = System.nanoTime();
        BookReport report = Quire.builder().clock(Instant.parse("2026-01-01T00:00:00Z")).formats(formats).build()
                .build(Path.of(args[0]), Path.of(args[1]));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%d %.1f %d%n", report.words(), seconds, peak / (1024 * 1024));
    }
}
