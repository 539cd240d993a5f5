package org.quire.typeset;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the PDF says about itself, in its document information and XMP metadata.
 *
 * @param author the authors as one name ("A, B and C"), empty when none
 * @param subject the summary as plain text, empty when none
 * @param language the BCP 47 tag of the book's language ({@code /Lang})
 * @param producer the software that made the file, such as "Quire 0.1.0"
 * @param date the build clock: creation and modification dates
 */
public record DocumentInfo(String title, String author, String subject, List<String> keywords, String language,
                           String producer, Instant date) {
    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(date, "date");
    }
}
