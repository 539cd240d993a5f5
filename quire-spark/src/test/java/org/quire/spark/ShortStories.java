package org.quire.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Short stories cut from the shared corpus's novels (the same ones every run: a fixed seed), in
 * the shapes an archive holds them: one-shots, story folders in chapters, a plain-text file and
 * a zip of a one-shot, spread over two input folders.
 */
final class ShortStories {
    private final List<String> paragraphs = new ArrayList<>();
    private final Random random = new Random(20261130L);
    private int at;

    ShortStories(Path corpus) throws IOException {
        for (String book : List.of("pride-and-prejudice", "frankenstein", "a-tale-of-two-cities")) {
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
    }

    /**
     * Writes {@code count} stories into {@code first} and {@code second} (half each): story folders
     * every 50th, one plain-text story and one zip of a one-shot in {@code second}, the rest one-shots
     * of 300 to 1,200 words.
     */
    void write(Path first, Path second, int count) throws IOException {
        Files.createDirectories(first);
        Files.createDirectories(second);
        for (int n = 1; n <= count; n++) {
            Path folder = n <= count / 2 ? first : second;
            String name = String.format("story-%03d", n);
            if (n == count) {
                zip(folder.resolve(name + ".zip"), name + ".md", oneShot(n));
            } else if (n == count - 1) {
                Files.writeString(folder.resolve(name + ".txt"), "A note before the story.\n\n" + text(300) + "\n\nThanks for reading.\n");
            } else if (n % 50 == 0) {
                Path story = Files.createDirectories(folder.resolve(name));
                Files.writeString(story.resolve("story.yaml"), "title: \"Story " + n + "\"\nauthor: Test Writer\n");
                Files.writeString(story.resolve("1-first.md"), "# The First\n\n" + text(300));
                Files.writeString(story.resolve("2-second.md"), "# The Second\n\n" + text(300));
            } else {
                Files.writeString(folder.resolve(name + ".md"), oneShot(n));
            }
        }
    }

    private String oneShot(int n) {
        return "---\ntitle: \"Story " + n + "\"\nauthor: Test Writer\nfandoms: [Original Work]\ntags: [Test]\n---\n"
                + text(300 + random.nextInt(901));
    }

    private String text(int words) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < words) {
            String paragraph = paragraphs.get(at++ % paragraphs.size());
            text.append(paragraph).append("\n\n");
            count += paragraph.split("\\s+").length;
        }
        return text.toString();
    }

    private static void zip(Path archive, String entry, String text) throws IOException {
        try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
            ZipEntry e = new ZipEntry(entry);
            e.setTimeLocal(java.time.LocalDateTime.of(2026, 11, 30, 0, 0));
            zip.putNextEntry(e);
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
