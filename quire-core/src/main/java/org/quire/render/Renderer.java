package org.quire.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;

/**
 * The render stage: a template of the {@link Theme} and a data model in, one text file (an XHTML
 * page, the package document…) out. Template faults become diagnostics at the template's
 * file and line.
 */
public final class Renderer {
    private final Theme theme;

    public Renderer(Theme theme) {
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }

    public String render(String templateName, Map<String, Object> model) throws StoryException, IOException {
        Template template;
        try {
            template = theme.configuration().getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw new StoryException(Diagnostic.error("TEMPLATE-MISSING", Location.of(theme.sourceOf(templateName)),
                    "no template named " + templateName + " in the theme or the templates folder"));
        } catch (ParseException e) {
            throw syntax(e, templateName);
        } catch (IOException e) {
            // FreeMarker caches a template that failed to parse: later stories get "an error
            // loading the template on an earlier attempt", with the parse error as the cause.
            ParseException parse = parseCause(e);
            if (parse != null) {
                throw syntax(parse, templateName);
            }
            throw e;
        }
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            ParseException parse = parseCause(e);
            if (parse != null) { // an #import or #include of a template that does not parse
                throw syntax(parse, templateName);
            }
            String name = nameOr(e.getTemplateSourceName(), templateName);
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            throw new StoryException(Diagnostic.error("TEMPLATE-ERROR",
                    new Location(theme.sourceOf(name), line, column), TemplateMessages.of(e, model)));
        }
        return out.toString();
    }

    private StoryException syntax(ParseException e, String templateName) {
        return new StoryException(Diagnostic.error("TEMPLATE-SYNTAX", new Location(
                theme.sourceOf(nameOr(e.getTemplateName(), templateName)), e.getLineNumber(), e.getColumnNumber()),
                TemplateMessages.syntax(e.getEditorMessage())));
    }

    private static ParseException parseCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return parse;
            }
        }
        return null;
    }

    private static String nameOr(String name, String fallback) {
        return name == null ? fallback : name;
    }

    static String oneLine(String message) {
        String text = message == null ? "template error" : message;
        return text.replaceAll("\\s*\\R\\s*", " ").replaceAll("-{3,}", "").strip();
    }
}
