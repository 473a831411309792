package vn.egov.portal.content.control;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws a cover picture for a demo article: a landscape of limestone peaks over a valley, its light
 * and shapes drawn from the title, so the demo province shows news photos without shipping anyone's
 * photographs. A JPEG of 960 × 540, the width the article page shows; the media store makes the
 * smaller renditions news cards ask for.
 */
public final class DemoCovers {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 540;

    /** Sky top, horizon, and the far-to-near tones of the hills: morning, noon, evening, misty. */
    private static final int[][] PALETTES = {
        {0x7fb4e0, 0xf4e3c1, 0x8fa9a3, 0x56806b, 0x2f5a3f},
        {0x4d8fd1, 0xd9ecf7, 0x9bb8a8, 0x5e8f5a, 0x2e5e2c},
        {0x5b4a8c, 0xf3a66b, 0x8d6e7e, 0x5d4b61, 0x2f2a3d},
        {0xaab7bf, 0xe9ecec, 0xb5c2bd, 0x7f958c, 0x4a6359}
    };

    private DemoCovers() {}

    public static byte[] jpeg(String title) {
        Random shapes = new Random(title.hashCode());
        int[] palette = PALETTES[Math.floorMod(title.hashCode(), PALETTES.length)];
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, shapes, palette);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Sky, sun, three ridges from far to near, the river. */
    private static void paint(Graphics2D g, Random shapes, int[] palette) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(palette[0]), 0, HEIGHT * 0.6f, new Color(palette[1])));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(255, 250, 235, 200));
        int sun = 50 + shapes.nextInt(40);
        g.fillOval(120 + shapes.nextInt(WIDTH - 240), 60 + shapes.nextInt(80), sun, sun);
        for (int layer = 0; layer < 3; layer++) {
            g.setColor(new Color(palette[2 + layer]));
            g.fill(peaks(shapes, 230 + layer * 70, 150 - layer * 30));
        }
        g.setColor(new Color(palette[1]).darker());
        g.fill(river(shapes));
    }

    /** A ridge of rounded karst towers whose feet stand at {@code base} and tops reach up to {@code rise}. */
    private static Path2D peaks(Random shapes, int base, int rise) {
        Path2D ridge = new Path2D.Double();
        ridge.moveTo(0, HEIGHT);
        ridge.lineTo(0, base);
        double x = 0;
        while (x < WIDTH) {
            double width = 60 + shapes.nextInt(110);
            double top = base - rise * (0.4 + shapes.nextDouble() * 0.6);
            ridge.curveTo(x + width * 0.15, top, x + width * 0.85, top, x + width, base + shapes.nextInt(30));
            x += width;
        }
        ridge.lineTo(WIDTH, HEIGHT);
        ridge.closePath();
        return ridge;
    }

    private static Path2D river(Random shapes) {
        double bend = 200 + shapes.nextInt(WIDTH - 400);
        Path2D water = new Path2D.Double();
        water.moveTo(bend - 20, HEIGHT * 0.72);
        water.curveTo(bend + 120, HEIGHT * 0.8, bend - 260, HEIGHT * 0.9, bend - 120, HEIGHT);
        water.lineTo(bend + 140, HEIGHT);
        water.curveTo(bend - 60, HEIGHT * 0.9, bend + 200, HEIGHT * 0.8, bend + 10, HEIGHT * 0.72);
        water.closePath();
        return water;
    }
}
