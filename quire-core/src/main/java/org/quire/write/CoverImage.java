package org.quire.write;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;
import org.quire.read.Links;

/**
 * A cover picture the writer gives ({@code cover: cover.jpg}): it must be a JPEG or PNG inside
 * the story's folder; it is checked for size and shape, scaled down to what stores accept, and
 * re-encoded as a JPEG without its metadata.
 */
final class CoverImage {
    /** Refuse before decoding anything larger: a small file can claim billions of pixels. */
    private static final long MAX_PIXELS = 60_000_000L;

    private CoverImage() {
    }

    static BufferedImage load(Path storyFolder, String name, Location where, List<Diagnostic> warnings)
            throws IOException, StoryException {
        Path root = storyFolder.toAbsolutePath().normalize();
        Path file = root.resolve(name).normalize();
        java.util.Optional<Diagnostic> link = Links.check(root, file,
                "cover '" + name + "' (" + where.file().getFileName() + ":" + where.line() + ")");
        if (link.isPresent()) {
            throw new StoryException(link.get());
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw new StoryException(Diagnostic.error("COVER-MISSING", where, "cover '" + name
                    + "' is not a file inside the story's folder; put the picture beside the story and name it there"));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            ImageReader reader = readers != null && readers.hasNext() ? readers.next() : null;
            String format = reader == null ? "" : reader.getFormatName().toLowerCase(Locale.ROOT);
            if (!format.equals("jpeg") && !format.equals("png")) {
                throw new StoryException(Diagnostic.error("COVER-FORMAT", where,
                        "cover '" + name + "' is not a JPEG or PNG picture; save it as .jpg or .png"));
            }
            reader.setInput(in);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw new StoryException(Diagnostic.error("COVER-TOO-LARGE", where, String.format(Locale.ROOT,
                        "cover '%s' is %d x %d pixels; make it at most 60 megapixels (1600 x 2560 is ideal)",
                        name, reader.getWidth(0), reader.getHeight(0))));
            }
            BufferedImage image = reader.read(0);
            reader.dispose();
            return checked(image, name, where, warnings);
        }
    }

    private static BufferedImage checked(BufferedImage image, String name, Location where, List<Diagnostic> warnings) {
        int width = image.getWidth();
        int height = image.getHeight();
        double ratio = (double) height / width;
        if (ratio < 1.3 || ratio > 1.8) {
            warnings.add(Diagnostic.warning("COVER-SHAPE", where, String.format(Locale.ROOT,
                    "cover '%s' is %d x %d, a height/width ratio of %.2f; stores expect about 1.6 (1600 x 2560)",
                    name, width, height, ratio)));
        }
        if (height < 1000) {
            warnings.add(Diagnostic.warning("COVER-SMALL", where, "cover '" + name + "' is only " + height
                    + " pixels high; stores ask for at least 1000, ideally 2560"));
        }
        if (width > CoverMaker.WIDTH || height > CoverMaker.HEIGHT) {
            double scale = Math.min((double) CoverMaker.WIDTH / width, (double) CoverMaker.HEIGHT / height);
            int newWidth = Math.max(1, (int) Math.round(width * scale));
            int newHeight = Math.max(1, (int) Math.round(height * scale));
            warnings.add(Diagnostic.warning("COVER-SCALED", where, String.format(Locale.ROOT,
                    "cover '%s' is %d x %d; scaled down to %d x %d to fit the stores' 1600 x 2560",
                    name, width, height, newWidth, newHeight)));
            return Jpeg.scale(image, newWidth, newHeight);
        }
        return image;
    }
}
