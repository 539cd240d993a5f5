import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Renders README previews of a PDF with PDFBox: the title page, the contents, the first chapter
 * opening and the page after it (or the first page with a footnote after it). Usage: Previews <pdf> <folder> <prefix>
 */
public final class Previews {
    public static void main(String[] args) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new File(args[0]))) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            PDFTextStripper text = new PDFTextStripper();
            int contents = -1;
            int footnote = -1;
            // The cover (a picture, no text) and its blank verso come first when the book has one.
            int title = -1;
            int about = -1;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String content = text.getText(pdf);
                boolean cover = page == 1 && pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext();
                if (cover) {
                    continue;
                }
                if (!content.isBlank() && title < 0) {
                    title = page;
                } else if (!content.isBlank() && about < 0) {
                    about = page;
                }
                if (contents < 0 && content.strip().startsWith("Contents")) {
                    contents = page;
                }
                if (footnote < 0 && content.matches("(?s).*\\n1\\. .*")) {
                    footnote = page;
                }
            }
            int chapter = contents + 1;
            while (chapter <= pdf.getNumberOfPages()) {
                text.setStartPage(chapter);
                text.setEndPage(chapter);
                if (!text.getText(pdf).isBlank()) {
                    break;
                }
                chapter++;
            }
            save(renderer, title, args, "1-title");
            save(renderer, about, args, "2-about");
            save(renderer, contents, args, "3-contents");
            save(renderer, chapter, args, "4-chapter");
            save(renderer, footnote > chapter ? footnote : chapter + 1, args, "5-text");
        }
    }

    private static void save(PDFRenderer renderer, int page, String[] args, String name) throws Exception {
        BufferedImage image = renderer.renderImageWithDPI(page - 1, 60, ImageType.RGB);
        File out = Path.of(args[1], args[2] + "-" + name + ".png").toFile();
        ImageIO.write(image, "png", out);
        System.out.println(out + " (page " + page + ")");
    }
}
