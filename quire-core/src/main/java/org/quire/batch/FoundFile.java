package org.quire.batch;

/**
 * What one file or folder of the inputs became: a story, a part of one, or skipped with the reason.
 *
 * @param shown the path as the writer knows it ({@code in/a.zip!/story/1.md} inside an archive)
 * @param role {@code story}, {@code part} or {@code skipped}
 * @param what for a story its format ({@code quire}, {@code text}, {@code ao3-html}…), for a part
 *     what it is to which story, for a skipped file the reason
 */
public record FoundFile(String shown, String role, String what) {
    public static final String STORY = "story";
    public static final String PART = "part";
    public static final String SKIPPED = "skipped";

    @Override
    public String toString() {
        return shown + ": " + (role.equals(STORY) ? "a story (" + what + ")" : role.equals(PART) ? what : what);
    }
}
