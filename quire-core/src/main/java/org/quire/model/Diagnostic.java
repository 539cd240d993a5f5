package org.quire.model;

import java.util.Objects;

/**
 * One problem found in a story or a template, printed as
 * {@code path:line:col: error [CODE] message}.
 *
 * @param code a stable identifier such as {@code YAML-SYNTAX}, documented in the README
 */
public record Diagnostic(Severity severity, String code, Location location, String message) {

    public enum Severity {
        WARNING, ERROR;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String code, Location location, String message) {
        return new Diagnostic(Severity.ERROR, code, location, message);
    }

    public static Diagnostic warning(String code, Location location, String message) {
        return new Diagnostic(Severity.WARNING, code, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + " [" + code + "] " + message;
    }
}
