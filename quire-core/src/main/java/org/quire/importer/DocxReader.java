package org.quire.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Reads a Word document ({@code .docx}, as Word, Google Docs and LibreOffice save it). Apache
 * POI opens the package (ECMA-376 Part 2, OPC) from the file, reading only the parts a story
 * needs (the document, its styles, footnotes, endnotes and properties: never its pictures) with
 * its secure XML parser (no DTD, no external entity); the zip is first streamed through against
 * Quire's archive limits. The title and author come from the {@code Title} style or the
 * document's properties, chapters from headings ({@link DocxBody}), the text from
 * {@link DocxText}.
 */
final class DocxReader {
    /** The most XML a document part may hold: far beyond any novel's text. */
    private static final long MAX_PART = 128L * 1024 * 1024;
    private static final String RELATIONSHIPS = "/relationships/";

    ImportedStory read(Path file) throws IOException, StoryException {
        if (Files.size(file) > ZipBook.MAX_BYTES) {
            throw new StoryException(Diagnostic.error("FILE-TOO-LARGE", Location.of(file),
                    "file is larger than " + ZipBook.MAX_BYTES / (1024 * 1024) + " MB; Quire does not import it"));
        }
        ZipBook.check(file); // refuses bombs before POI inflates anything
        List<Diagnostic> warnings = new ArrayList<>();
        Map<String, Object> metadata = new LinkedHashMap<>();
        List<ImportedChapter> chapters;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            properties(pkg.getPackageProperties(), metadata);
            PackagePart main = mainPart(pkg, file);
            DocxStyles styles = new DocxStyles(part(main, "styles", file).orElse(null));
            DocxNotes notes = new DocxNotes(part(main, "footnotes", file).orElse(null),
                    part(main, "endnotes", file).orElse(null));
            DocxNumbering numbering = new DocxNumbering(part(main, "numbering", file).orElse(null));
            Changes changes = new Changes();
            chapters = new DocxBody(xml(main, file), styles, notes, numbering, changes, Location.of(file))
                    .read(metadata, warnings);
            changes.report(warnings);
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                 | org.apache.poi.UnsupportedFileFormatException | IllegalStateException e) {
            // POI's own words name a stream or a class, not the file's trouble: say what it means.
            throw new StoryException(Diagnostic.error("IMPORT-DOCX", Location.of(file),
                    "the Word document is cut short or damaged: its parts cannot be read (" + e.getClass().getSimpleName()
                            + "); open it in Word or LibreOffice and save it again as .docx"));
        }
        chapters = Chapters.fold(chapters, file, warnings);
        if (!metadata.containsKey("title")) {
            metadata.put("title", FileTitle.of(file));
            warnings.add(Diagnostic.warning("IMPORT-TITLE", Location.of(file),
                    "the document has no title (no Title style, no title in its properties); it comes from the file name"));
        }
        if (chapters.isEmpty()) {
            throw new StoryException(Diagnostic.error("EMPTY-STORY", Location.of(file), "the Word document has no text"));
        }
        return new ImportedStory(file, "docx", metadata, chapters, Optional.empty(), warnings);
    }

    private static void properties(PackageProperties properties, Map<String, Object> metadata) {
        properties.getTitleProperty().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(t -> metadata.put("title", t));
        properties.getCreatorProperty().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(a -> metadata.put("author", a));
        properties.getDescriptionProperty().map(String::strip).filter(t -> !t.isEmpty())
                .ifPresent(d -> metadata.put("summary", MarkdownText.paragraph(d)));
    }

    /** The main document part, found through the package's office-document relationship (§11.3.10). */
    private static PackagePart mainPart(OPCPackage pkg, Path file) throws InvalidFormatException, StoryException {
        for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            for (PackageRelationship relationship : pkg.getRelationshipsByType(type)) {
                PackagePart part = pkg.getPart(relationship);
                if (part != null) {
                    return part;
                }
            }
        }
        throw new StoryException(Diagnostic.error("IMPORT-DOCX", Location.of(file),
                "the file has no Word document in it (no officeDocument part); save it again as .docx"));
    }

    /** A part the main document relates to by type ({@code styles}, {@code footnotes}…), parsed. */
    private static Optional<Document> part(PackagePart main, String kind, Path file)
            throws InvalidFormatException, IOException, StoryException {
        for (PackageRelationship relationship : main.getRelationships()) {
            if (relationship.getRelationshipType().endsWith(RELATIONSHIPS + kind)) {
                PackagePart part = main.getRelatedPart(relationship);
                if (part != null) {
                    return Optional.of(xml(part, file));
                }
            }
        }
        return Optional.empty();
    }

    private static Document xml(PackagePart part, Path file) throws IOException, StoryException {
        if (part.getSize() > MAX_PART) {
            throw new StoryException(Diagnostic.error("FILE-TOO-LARGE", Location.of(file),
                    "its part " + part.getPartName() + " is larger than " + MAX_PART / (1024 * 1024)
                            + " MB; Quire does not import it"));
        }
        try (InputStream in = part.getInputStream()) {
            return DocumentHelper.readDocument(in);
        } catch (SAXException e) {
            throw new StoryException(Diagnostic.error("IMPORT-DOCX", Location.of(file),
                    "its part " + part.getPartName() + " is not well-formed XML (" + e.getMessage()
                            + "); save the document again as .docx"));
        }
    }
}
