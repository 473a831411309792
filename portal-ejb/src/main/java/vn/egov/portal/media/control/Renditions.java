package vn.egov.portal.media.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Scaled copies of uploaded images, made once at upload with the JDK's ImageIO: pages ask for the
 * width they show and never ship a camera's full-size photo. Dimensions are read from the header
 * before decoding, so an image claiming a gigantic size is refused instead of filling the heap.
 */
public final class Renditions {

    /** The widths pages ask for: list thumbnails and article columns. */
    public static final List<Integer> WIDTHS = List.of(320, 960);

    private Renditions() {}

    public record Size(int width, int height) {}

    /** The image's size from its header, or empty when ImageIO cannot read the format. */
    public static Optional<Size> measure(Path image) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Writes one rendition per width narrower than the original; answers the widths written. */
    public static List<Integer> write(Path original, MediaFormat format, Size size) throws IOException {
        BufferedImage source = ImageIO.read(original.toFile());
        if (source == null) {
            return List.of();
        }
        List<Integer> written = new java.util.ArrayList<>();
        for (int width : WIDTHS) {
            if (width < size.width()) {
                int height = Math.max(1, (int) Math.round((double) size.height() * width / size.width()));
                Files.createDirectories(original.getParent());
                ImageIO.write(
                        scale(source, width, height, format),
                        outputFormat(format),
                        pathOf(original, width).toFile());
                written.add(width);
            }
        }
        return written;
    }

    public static Path pathOf(Path original, int width) {
        return original.resolveSibling(original.getFileName() + ".w" + width);
    }

    /** PNG keeps transparency and sharp lines; photos become JPEG. */
    public static String outputFormat(MediaFormat format) {
        return format == MediaFormat.PNG || format == MediaFormat.GIF ? "png" : "jpg";
    }

    private static BufferedImage scale(BufferedImage source, int width, int height, MediaFormat format) {
        boolean alpha = "png".equals(outputFormat(format));
        BufferedImage target =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
