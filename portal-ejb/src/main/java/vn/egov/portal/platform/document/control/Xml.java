package vn.egov.portal.platform.document.control;

/** Text made safe for the XML of an ODF package: escaped, and without what XML 1.0 cannot hold. */
final class Xml {

    /** The namespaces every ODF part here declares. */
    static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " office:version=\"1.3\"";

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {}

    /** Escaped for both content and attribute values; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Running text of an ODF paragraph: ODF collapses white space like HTML, so line breaks, tabs and
     * runs of spaces are written as its own elements to be kept.
     */
    static String paragraphText(String text) {
        StringBuilder out = new StringBuilder();
        String escaped = escape(text.replace("\r\n", "\n"));
        int spaces = 0;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == ' ') {
                spaces++;
                continue;
            }
            spaces = flushSpaces(out, spaces);
            switch (c) {
                case '\n', '\r' -> out.append("<text:line-break/>");
                case '\t' -> out.append("<text:tab/>");
                default -> out.append(c);
            }
        }
        flushSpaces(out, spaces);
        return out.toString();
    }

    private static int flushSpaces(StringBuilder out, int spaces) {
        if (spaces > 0) {
            out.append(' ');
        }
        if (spaces > 1) {
            out.append("<text:s text:c=\"").append(spaces - 1).append("\"/>");
        }
        return 0;
    }

    private static boolean allowed(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
