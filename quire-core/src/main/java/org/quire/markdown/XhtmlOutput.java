package org.quire.markdown;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.quire.model.Xhtml;

/** Serialises a jsoup tree as XHTML: XML syntax, no HTML-only entities, self-closed void elements. */
final class XhtmlOutput {
    private XhtmlOutput() {
    }

    static Xhtml of(Element body) {
        Document owner = body.ownerDocument();
        if (owner != null) {
            owner.outputSettings()
                    .syntax(Document.OutputSettings.Syntax.xml)
                    .escapeMode(Entities.EscapeMode.xhtml)
                    .charset(StandardCharsets.UTF_8)
                    .prettyPrint(false);
        }
        return new Xhtml(body.html().strip());
    }
}
