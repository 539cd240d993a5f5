import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Cuts N one-shot stories of 2,000 to 5,000 words from the corpus's chapters, the same ones on
 * every run (fixed seed). Usage: java bench/MakeStories.java <corpus> <folder> <count>
 */
public final class MakeStories {
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        List<String> paragraphs = new ArrayList<>();
        for (String book : List.of("pride-and-prejudice", "frankenstein", "a-tale-of-two-cities", "moby-dick")) {
            try (Stream<Path> chapters = Files.list(corpus.resolve(book))) {
                for (Path chapter : chapters.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    for (String paragraph : Files.readString(chapter).split("\n\n")) {
                        if (!paragraph.isBlank() && !paragraph.startsWith("#") && !paragraph.startsWith("[^")) {
                            paragraphs.add(paragraph.strip().replaceAll("\\[\\^\\d+\\]", ""));
                        }
                    }
                }
            }
        }
        Files.createDirectories(folder);
        Random random = new Random(20261127L);
        int at = 0;
        for (int n = 1; n <= count; n++) {
            int target = 2000 + random.nextInt(3001);
            StringBuilder text = new StringBuilder();
            int words = 0;
            while (words < target) {
                String paragraph = paragraphs.get(at++ % paragraphs.size());
                text.append(paragraph).append("\n\n");
                words += paragraph.split("\\s+").length;
            }
            String name = String.format("story-%04d", n);
            Files.writeString(folder.resolve(name + ".md"), "---\ntitle: \"Story " + n + "\"\nauthor: Bench Writer\n"
                    + "fandoms: [Original Work]\ntags: [Benchmark]\n---\n" + text);
        }
    }
}
