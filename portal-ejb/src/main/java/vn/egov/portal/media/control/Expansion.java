package vn.egov.portal.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an upload would become once opened, read without opening it: the pixels an image decodes to
 * (from its header) and the bytes an archive unpacks to (inflated and counted, never kept, archives
 * inside archives included). A decompression bomb is small on disk and enormous in memory; these
 * numbers tell it apart before anyone, the portal or a reader, opens it.
 */
final class Expansion {

    /** Past this an image is refused (a 20000 x 20000 PNG would take 1.6 GB to decode). */
    static final long MAX_PIXELS = 50_000_000L;
    /** An archive may unpack to this many times its size (documents compress 2 to 20 times)... */
    static final long MAX_RATIO = 200;
    /** ...but small archives always to this much, and no archive to more than the ceiling. */
    static final long FLOOR = 16L << 20;

    static final long CEILING = 1L << 30;

    private static final int MAX_NESTING = 3;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private Expansion() {}

    /** Width times height from the header; empty when no reader knows the format or the header is broken. */
    static Optional<Long> pixels(InputStream image, MediaFormat format) throws IOException {
        if (format == MediaFormat.PSD) {
            return psdPixels(image);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(image)) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of((long) reader.getWidth(0) * reader.getHeight(0));
            } catch (IOException | RuntimeException broken) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** Photoshop: "8BPS", version, six reserved bytes, channels, then height and width (big-endian). */
    private static Optional<Long> psdPixels(InputStream image) throws IOException {
        byte[] header = image.readNBytes(22);
        if (header.length < 22) {
            return Optional.empty();
        }
        long height = java.nio.ByteBuffer.wrap(header, 14, 4).getInt() & 0xFFFFFFFFL;
        long width = java.nio.ByteBuffer.wrap(header, 18, 4).getInt() & 0xFFFFFFFFL;
        return Optional.of(width * height);
    }

    /** True when the archive unpacks to no more than its allowance; false for a bomb or a broken archive. */
    static boolean archiveWithinBounds(InputStream archive, long size) {
        long allowance = Math.min(CEILING, Math.max(FLOOR, size * MAX_RATIO));
        try {
            return unpacked(archive, allowance, 0) <= allowance;
        } catch (IOException | IllegalArgumentException broken) {
            return false;
        }
    }

    /** Bytes the archive unpacks to, counting stops just past {@code allowance}. */
    private static long unpacked(InputStream archive, long allowance, int depth) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry entry = zip.getNextEntry(); entry != null && total <= allowance; entry = zip.getNextEntry()) {
            java.io.BufferedInputStream content = new java.io.BufferedInputStream(zip);
            if (depth < MAX_NESTING && isZip(content)) {
                total += unpacked(content, allowance - total, depth + 1);
                continue;
            }
            for (int n = content.read(buffer); n > 0 && total <= allowance; n = content.read(buffer)) {
                total += n;
            }
        }
        return total;
    }

    private static boolean isZip(java.io.BufferedInputStream content) throws IOException {
        content.mark(ZIP_MAGIC.length);
        byte[] head = content.readNBytes(ZIP_MAGIC.length);
        content.reset();
        return java.util.Arrays.equals(head, ZIP_MAGIC);
    }
}
