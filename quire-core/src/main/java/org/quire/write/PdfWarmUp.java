package org.quire.write;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.quire.render.Theme;
import org.quire.typeset.shape.FontFace;

/**
 * Reads what every PDF needs and no story changes (the bundled text faces, with the shaper
 * behind them, and the language's bundled hyphenation patterns) on a thread of its own while
 * the story is still being read, so that the layout does not wait for them.
 *
 * <p>Why: a process that builds one book spends about a tenth of its time parsing fonts and
 * patterns, on one core, between the Markdown stage (which keeps both cores busy) and the
 * layout. Both caches are keyed by content ({@code FontLibrary}, {@link Hyphenation}), so what
 * is read here is what the build finds later, and a theme with faces or patterns of its own
 * simply reads those when it needs them. Nothing here can fail a build: a fault is left for the
 * build itself to meet and report.
 */
public final class PdfWarmUp {
    private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

    private PdfWarmUp() {
    }

    /**
     * Starts reading, once per language and run, on a daemon thread; returns at once.
     *
     * @param languageTag the story's language (BCP 47), for its hyphenation patterns
     */
    public static void start(String languageTag) {
        if (!STARTED.add(languageTag)) {
            return;
        }
        Thread thread = new Thread(() -> read(languageTag), "quire-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void read(String languageTag) {
        try {
            Theme theme = Theme.builtIn();
            try (PdfFonts fonts = PdfFonts.resolve(Optional.empty(), theme)) {
                for (FontFace face : fonts.library().faces()) {
                    // Bold italic is rare in fiction: it is read if a book uses it.
                    if (face.family().equals(PdfFonts.BUNDLED) && !(face.source().bold() && face.source().italic())) {
                        face.shape("Quire"); // parses the face and opens the shaper's copy of it
                    }
                }
            }
            Hyphenation.forLanguage(theme, languageTag);
        } catch (IOException | RuntimeException e) {
            // The build reads the same files and reports what is wrong with them where it matters.
        }
    }
}
