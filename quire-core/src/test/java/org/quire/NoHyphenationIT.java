package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language Quire has no hyphenation patterns for is set without hyphenation, and the writer is
 * told so (trial 1, finding 5: Russian and Greek were set loose in silence). Russian and Greek
 * now have bundled patterns and are hyphenated without a word; Georgian still has none.
 */
class NoHyphenationIT {
    @TempDir
    Path folder;

    private List<String> codes(String language, String text) throws Exception {
        Path story = folder.resolve(language);
        Files.createDirectories(story);
        Files.writeString(story.resolve("story.yaml"), "title: Test\nlanguage: " + language + "\n");
        Files.writeString(story.resolve("1-one.md"), "# One\n\n" + text + "\n");
        Quire quire = Quire.builder().clock(Instant.EPOCH).covers(false).formats(Set.of(Format.PDF)).build();
        return quire.build(story, folder.resolve("out-" + language)).warnings().stream().map(Object::toString).toList();
    }

    @Test
    void aLanguageWithoutPatternsIsWarnedAbout() throws Exception {
        List<String> warnings = codes("ka", "უკვე გვიანი იყო, როცა სახლში დაბრუნდა და წერილის წერა დაიწყო.");
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("NO-HYPHENATION").contains("'ka'"));
    }

    @Test
    void russianAndGreekAreHyphenatedWithoutAWarning() throws Exception {
        List<String> russian = codes("ru", "Было уже поздно, когда он вернулся домой и сел писать письмо.");
        assertThat(russian).noneSatisfy(w -> assertThat(w).contains("NO-HYPHENATION"));
        List<String> greek = codes("el", "Ήταν ήδη αργά όταν γύρισε στο σπίτι και κάθισε να γράψει ένα γράμμα.");
        assertThat(greek).noneSatisfy(w -> assertThat(w).contains("NO-HYPHENATION"));
    }

    @Test
    void aLanguageWithPatternsIsNot() throws Exception {
        List<String> warnings = codes("en", "It was late when he came home and sat down to write a letter.");
        assertThat(warnings).noneSatisfy(w -> assertThat(w).contains("NO-HYPHENATION"));
    }
}
