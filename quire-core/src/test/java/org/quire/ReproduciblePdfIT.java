package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.testing.RestoreTimeZoneAndLocale;
import org.quire.testing.Samples;

/** Two PDF builds of the same story with the same clock are byte-identical, in any time zone. */
@ExtendWith(RestoreTimeZoneAndLocale.class)
class ReproduciblePdfIT {
    @TempDir
    Path output;

    private byte[] build(String timeZone, Locale where, String folder) throws Exception {
        RestoreTimeZoneAndLocale.use(timeZone, where);
        Quire quire = Quire.builder().clock(Instant.parse("2026-11-27T10:15:30Z")).formats(java.util.Set.of(Format.PDF)).build();
        BookReport report = quire.build(Samples.story("the-lighthouse-keepers-daughter"), output.resolve(folder));
        return Files.readAllBytes(report.files().get(0));
    }

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        byte[] first = build("UTC", Locale.US, "a");
        byte[] second = build("Pacific/Chatham", Locale.forLanguageTag("tr-TR"), "b");
        assertThat(second).isEqualTo(first);
        try (var document = org.apache.pdfbox.Loader.loadPDF(first)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-11-27T10:15:30Z"));
            assertThat(document.getDocumentInformation().getModificationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-11-27T10:15:30Z"));
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("2026-11-27T10:15:30").doesNotContain(String.valueOf(java.time.Year.now().getValue() + 1));
        }
    }
}
