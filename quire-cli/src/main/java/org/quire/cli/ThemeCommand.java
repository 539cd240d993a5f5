package org.quire.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quire.render.ThemeExport;

/**
 * {@code java -jar quire.jar theme [file...] [--to <dir>]}: copies the built-in theme (or only
 * the named files) into a templates folder to start a design from, as {@code mvn quire:theme}
 * does; files already there are kept, never overwritten.
 */
final class ThemeCommand {
    private ThemeCommand() {
    }

    /** @param args what follows {@code theme} */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path to = Path.of("templates");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--to")) {
                if (i + 1 >= args.size()) {
                    return usage(err, "--to needs a folder");
                }
                to = Path.of(args.get(++i));
            } else if (arg.startsWith("-")) {
                return usage(err, "unknown option '" + arg + "' for theme");
            } else {
                names.add(arg);
            }
        }
        ThemeExport.Result result;
        try {
            result = ThemeExport.copyTo(to, names);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (IOException e) {
            err.println("quire: cannot copy the theme into " + to + ": " + e.getMessage());
            return Main.STORY_FAILED;
        }
        result.copied().forEach(path -> out.println("copied " + path));
        result.kept().forEach(path -> out.println("kept your " + path + " (not overwritten)"));
        out.println(result.copied().size() + " theme files copied, " + result.kept().size() + " kept; build with "
                + "--templates " + to);
        return Main.OK;
    }

    private static int usage(PrintStream err, String message) {
        err.println("quire: " + message);
        err.println("Try 'java -jar quire.jar --help'.");
        return Main.USAGE;
    }
}
