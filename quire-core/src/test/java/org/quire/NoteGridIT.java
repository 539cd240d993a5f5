package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.BodyLines;

/**
 * A page that carries footnotes keeps its text on the grid of a full page: its slack goes
 * above the note rule, not into the gaps of its scene breaks (trial 1, finding 6: leading
 * stretched to meet the notes put such pages out of register with the pages beside them).
 * {@code pages/notes-grid} has a scene break every six paragraphs and a note every five.
 */
class NoteGridIT {
    @TempDir
    Path output;

    @Test
    void bodyLinesOnAPageWithNotesStandOnTheGridOfAFullPage() throws Exception {
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        Path story = Path.of("src", "test", "resources", "pages", "notes-grid", "in");
        List<BodyLines.Page> pages = BodyLines.of(quire.build(story, output).files().get(0));
        // The grid: a full page without notes whose lines all stand a line apart from the top.
        float top = (float) pages.stream().filter(p -> !p.baselines().isEmpty()).mapToDouble(p -> p.baselines().get(0))
                .min().orElseThrow();
        BodyLines.Page full = pages.stream().filter(p -> !p.notes() && p.baselines().size() > 20 && evenlySpaced(p)
                && Math.abs(p.baselines().get(0) - top) < 0.2f).findFirst().orElseThrow();
        float lead = full.baselines().get(1) - top;
        List<String> off = new ArrayList<>();
        int checked = 0;
        for (BodyLines.Page page : pages) {
            if (!page.notes() || page.baselines().isEmpty() || Math.abs(page.baselines().get(0) - top) > 0.2f) {
                continue; // a chapter's opening page starts below its title
            }
            checked++;
            for (float baseline : page.baselines()) {
                float lines = (baseline - top) / lead;
                if (Math.abs(lines - Math.round(lines)) * lead > 0.2f) {
                    off.add("p" + page.number() + " " + baseline);
                }
            }
        }
        assertThat(checked).as("pages with notes checked").isGreaterThanOrEqualTo(4);
        assertThat(off).as("body baselines off the grid (%s from %.1f pt)", lead, top).isEmpty();
    }

    private static boolean evenlySpaced(BodyLines.Page page) {
        List<Float> b = page.baselines();
        for (int i = 2; i < b.size(); i++) {
            if (Math.abs(b.get(i) - b.get(i - 1) - (b.get(1) - b.get(0))) > 0.1f) {
                return false;
            }
        }
        return true;
    }
}
