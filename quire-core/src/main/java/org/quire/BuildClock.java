package org.quire;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The one time a build stamps into its books (dcterms:modified, zip entry times, PDF dates), as
 * reproducible builds define it: Maven's {@code project.build.outputTimestamp} first, then the
 * {@code SOURCE_DATE_EPOCH} environment variable, else the current time.
 */
public final class BuildClock {
    private BuildClock() {
    }

    /**
     * @param outputTimestamp ISO-8601 ({@code 2026-11-27T10:15:30Z}) or seconds since the epoch;
     *     null, empty or one character (Maven's way to switch it off) means "not set"
     */
    public static Instant resolve(String outputTimestamp, Map<String, String> environment) {
        // Maven switches outputTimestamp off with one character; SOURCE_DATE_EPOCH has no such
        // rule: "0" is 1970-01-01 (reproducible-builds.org's specification).
        Optional<Instant> maven = outputTimestamp == null || outputTimestamp.strip().length() < 2 ? Optional.empty()
                : parse(outputTimestamp, "outputTimestamp");
        return maven.or(() -> parse(environment.get("SOURCE_DATE_EPOCH"), "SOURCE_DATE_EPOCH"))
                .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    static Optional<Instant> parse(String value, String setting) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(setting + " '" + text
                    + "' is neither an ISO-8601 time like 2026-11-27T10:15:30Z nor seconds since 1970", e);
        }
    }
}
