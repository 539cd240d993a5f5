package org.quire.render;

import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A template error in one short sentence for the writer who edited the template: FreeMarker's
 * own message runs to a screen of tips. A name missing from the data model is shown with the
 * nearest name that exists ("{@code book.ratting} is not in the data model; did you mean
 * {@code book.rating}?").
 */
final class TemplateMessages {
    private TemplateMessages() {
    }

    static String of(TemplateException e, Map<String, Object> model) {
        if (e instanceof InvalidReferenceException missing && missing.getBlamedExpressionString() != null) {
            String name = missing.getBlamedExpressionString();
            return name + " is not in the data model" + suggestion(name, model)
                    + "; the README lists the template variables";
        }
        String message = Renderer.oneLine(e.getMessageWithoutStackTop());
        int tip = message.indexOf(" Tip:");
        message = tip > 0 ? message.substring(0, tip) : message;
        int where = message.indexOf(" [in template");
        return (where > 0 ? message.substring(0, where) : message).strip();
    }

    /** A syntax error's first sentence: FreeMarker goes on with help links and whole lists of built-ins. */
    static String syntax(String editorMessage) {
        String message = Renderer.oneLine(editorMessage);
        for (String cut : new String[] {" Help (latest version)", " Tip:", " The alphabetical list"}) {
            int at = message.indexOf(cut);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        message = message.strip().replaceAll("[.;]+$", "");
        return message.length() > 200 ? message.substring(0, 197) + "\u2026" : message;
    }

    /** "; did you mean book.rating?" for book.ratting, when a name of the same map is close. */
    private static String suggestion(String expression, Map<String, Object> model) {
        String[] steps = expression.split("\\.");
        Object scope = model;
        String prefix = "";
        for (String step : steps) {
            if (!(scope instanceof Map<?, ?> map)) {
                return "";
            }
            if (!map.containsKey(step)) {
                String nearest = nearest(step, map.keySet().stream().map(String::valueOf).toList());
                return nearest == null ? "" : "; did you mean " + prefix + nearest + "?";
            }
            scope = map.get(step);
            prefix += step + ".";
        }
        return "";
    }

    private static String nearest(String name, List<String> known) {
        String best = null;
        int bestDistance = Math.max(2, name.length() / 3) + 1;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance: edits from one name to the other. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
