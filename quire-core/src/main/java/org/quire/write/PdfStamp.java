package org.quire.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a PDF's bytes depend only on its content: the build clock for every date (document
 * information and XMP, which PDF/A requires to agree) and an {@code /ID} hashed from the
 * content, where openhtmltopdf and PDFBox would stamp the current time and a random id.
 */
final class PdfStamp {
    private PdfStamp() {
    }

    static void apply(PDDocument document, Instant clock, String creator, byte[] content) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setTimeInMillis(clock.toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setCreator(creator);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            metadata.importXMPMetadata(restamp(metadata.toByteArray(), date, creator));
        }
        byte[] id = Arrays.copyOf(sha256(content), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        // PDF 32000-1 §14.4: both halves equal for a file never updated. COSWriter keeps an existing /ID.
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] restamp(byte[] xmpBytes, Calendar date, String creator) throws IOException {
        try {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(xmpBytes);
            XMPBasicSchema basic = xmp.getXMPBasicSchema() != null ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
            basic.setCreatorTool(creator);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            // xmpbox writes lang= where RDF needs xml:lang (openhtmltopdf applies the same fix).
            return out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("cannot restamp the PDF's XMP metadata", e);
        }
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
