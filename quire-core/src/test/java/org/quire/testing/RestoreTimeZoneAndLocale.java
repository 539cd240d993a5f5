package org.quire.testing;

import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that build in another time zone and locale: puts the JVM's defaults back after each
 * test, so no other test runs in Kiritimati by accident.
 */
public final class RestoreTimeZoneAndLocale implements BeforeEachCallback, AfterEachCallback {
    private TimeZone zone;
    private Locale locale;

    @Override
    public void beforeEach(ExtensionContext context) {
        zone = TimeZone.getDefault();
        locale = Locale.getDefault();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TimeZone.setDefault(zone);
        Locale.setDefault(locale);
    }

    /** Switches the JVM to {@code timeZone} and {@code locale} until the test ends. */
    public static void use(String timeZone, Locale locale) {
        TimeZone.setDefault(TimeZone.getTimeZone(timeZone));
        Locale.setDefault(locale);
    }
}
