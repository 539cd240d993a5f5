package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.RestoreTimeZoneAndLocale;
import org.quire.testing.Samples;

/** Same story, same clock: same bytes, whatever the machine's time zone and locale. */
@ExtendWith(RestoreTimeZoneAndLocale.class)
class ReproducibleBuildTest {
    private static final Instant CLOCK = Instant.parse("2026-11-27T10:15:30Z");
    @TempDir
    Path output;

    private byte[] buildIn(String timeZone, Locale where, String folder) throws Exception {
        RestoreTimeZoneAndLocale.use(timeZone, where);
        Path story = Samples.story("the-lighthouse-keepers-daughter");
        BookReport report = Quire.builder().clock(CLOCK).formats(java.util.Set.of(Format.EPUB)).build()
                .build(story, output.resolve(folder));
        return Files.readAllBytes(report.files().get(0));
    }

    @Test
    void twoBuildsInDifferentTimeZonesAndLocalesAreByteIdentical() throws Exception {
        byte[] first = buildIn("UTC", Locale.US, "a");
        byte[] second = buildIn("Pacific/Kiritimati", Locale.forLanguageTag("tr-TR"), "b");
        byte[] third = buildIn("America/St_Johns", Locale.GERMANY, "c");
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void stampsTheBuildClockAndPutsAStoredMimetypeFirst() throws Exception {
        buildIn("Asia/Kolkata", Locale.US, "z");
        try (ZipFile zip = new ZipFile(output.resolve("z/the-lighthouse-keepers-daughter.epub").toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(first.getExtra()).isNull();
            assertThat(first.getTimeLocal()).isEqualTo("2026-11-27T10:15:30");
            String opf = new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes());
            assertThat(opf).contains("<meta property=\"dcterms:modified\">2026-11-27T10:15:30Z</meta>");
        }
    }
}
