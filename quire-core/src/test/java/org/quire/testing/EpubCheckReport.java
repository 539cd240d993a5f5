package org.quire.testing;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real EPUBCheck on a file and keeps every fatal error, error and warning it reports. */
public final class EpubCheckReport extends MasterReport {
    private final List<String> problems = new ArrayList<>();
    private int fatal;
    private int errors;
    private int warnings;

    public static EpubCheckReport check(Path epub) {
        EpubCheckReport report = new EpubCheckReport();
        new EpubCheck(epub.toFile(), report).doValidate();
        return report;
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
        Severity severity = message.getSeverity();
        switch (severity) {
            case FATAL -> fatal++;
            case ERROR -> errors++;
            case WARNING -> warnings++;
            default -> {
                return;
            }
        }
        problems.add(severity + " " + message.getID() + " " + location + ": " + message.getMessage(args));
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {
    }

    @Override
    public int generate() {
        return 0;
    }

    @Override
    public void initialize() {
    }

    public int fatalCount() {
        return fatal;
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    public List<String> problems() {
        return problems;
    }
}
