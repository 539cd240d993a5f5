package org.quire;

import java.util.Locale;

/** An edition Quire can write. */
public enum Format {
    EPUB("epub"),
    PDF("pdf");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses {@code epub} or {@code pdf} (any case); the message lists what is accepted. */
    public static Format parse(String name) {
        for (Format format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; use one of: epub, pdf");
    }
}
