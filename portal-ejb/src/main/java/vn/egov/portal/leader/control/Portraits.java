package vn.egov.portal.leader.control;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a plain placeholder portrait (a silhouette on the given colour with the person's initials)
 * for the demo province, so no photograph of a real person ships with the code.
 */
public final class Portraits {

    private Portraits() {}

    public static byte[] png(String initials, String colour) {
        BufferedImage image = new BufferedImage(600, 750, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.decode(colour));
            g.fillRect(0, 0, 600, 750);
            g.setColor(new Color(255, 255, 255, 210));
            g.fillOval(190, 140, 220, 250);
            g.fillRoundRect(90, 430, 420, 400, 200, 200);
            g.setColor(Color.decode(colour));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
            int width = g.getFontMetrics().stringWidth(initials);
            g.drawString(initials, 300 - width / 2, 620);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
    }

    /** "Hoàng Xuân Ánh" gives "HA": first and last word. */
    public static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        String first = words[0].substring(0, 1);
        return words.length == 1 ? first : first + words[words.length - 1].substring(0, 1);
    }
}
