package org.quire.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.quire.Format;
import org.quire.Quire;
import org.quire.importer.NoteSettings;
import org.quire.write.PdfOptions;
import org.quire.write.TrimSize;

/**
 * Everything that shapes the books, as the command line's {@code build} takes it, in a form Spark
 * ships to the executors. The clock is resolved once on the driver, so every executor stamps the
 * same time into its books ({@link org.quire.BuildClock}).
 *
 * @param formats {@code epub}, {@code pdf}
 * @param clock seconds since 1970, UTC
 * @param trim the PDF's trim size as typed ({@code a5}, {@code 6x9in}…)
 * @param templates template folders, first wins, as typed
 * @param notes the author's-notes setting as typed ({@code guess,seed.txt=edges})
 */
public record BuildOptions(List<String> formats, long clock, String trim, List<String> templates, boolean covers,
                           String notes) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** One Quire per executor JVM and options: its theme, fonts, hyphenation and templates load once. */
    private static final ConcurrentHashMap<BuildOptions, Quire> QUIRES = new ConcurrentHashMap<>();

    public BuildOptions {
        formats = List.copyOf(formats);
        templates = List.copyOf(templates);
    }

    /**
     * The {@link Quire} for these options in this JVM, built on first use and shared by every
     * story and task after it (Quire is immutable and safe to share between threads).
     */
    public Quire quire() {
        return QUIRES.computeIfAbsent(this, BuildOptions::newQuire);
    }

    /** A new Quire configured exactly as the command line configures it for the same options. */
    Quire newQuire() {
        Set<Format> set = EnumSet.noneOf(Format.class);
        formats.forEach(f -> set.add(Format.parse(f)));
        return Quire.builder()
                .formats(set)
                .clock(Instant.ofEpochSecond(clock))
                .pdf(PdfOptions.DEFAULT.withTrim(TrimSize.parse(trim)))
                .templatesAll(templates.stream().map(Path::of).toList())
                .covers(covers)
                .notes(NoteSettings.parse(notes))
                .build();
    }
}
