package org.quire.typeset.pdf;

import org.quire.typeset.DocumentInfo;

/**
 * The XMP metadata packet (ISO 16684-1): Dublin Core title, creators, description and
 * language; the PDF schema's producer and keywords; dates that agree with the document
 * information dictionary (PDF/A-2 §6.6.3); the PDF/A and PDF/UA identification, with an
 * extension schema for {@code pdfuaid}, which PDF/A does not predefine (§6.6.2.3).
 */
final class Xmp {
    private Xmp() {
    }

    static String of(DocumentInfo info, String date, boolean pdfA, boolean pdfUa) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        if (pdfA && pdfUa) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                    .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                    .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                    .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                    .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                    .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                    .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                    .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                    .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                    .append("<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n")
                    .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                    .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                    .append("</rdf:Description>\n");
        }
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!info.author().isEmpty()) {
            // One entry, the same as /Author: PDF/A-2 §6.6.3 wants the two to agree.
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(info.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!info.subject().isEmpty()) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(escape(info.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(escape(info.producer())).append("</pdf:Producer>\n");
        if (!info.keywords().isEmpty()) {
            x.append("<pdf:Keywords>").append(escape(String.join(", ", info.keywords()))).append("</pdf:Keywords>\n");
        }
        x.append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreatorTool>").append(escape(info.producer())).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("</rdf:Description>\n");
        if (pdfA) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                    .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n")
                    .append("</rdf:Description>\n");
        }
        if (pdfUa) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                    .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        }
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
