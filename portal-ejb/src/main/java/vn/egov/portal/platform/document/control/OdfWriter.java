package vn.egov.portal.platform.document.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument text (ODT) and spreadsheets (ODS), written by hand: an ODF package is a zip whose
 * first entry, stored uncompressed, is {@code mimetype} (how readers and content detection know it),
 * then content.xml, styles.xml, meta.xml and META-INF/manifest.xml. A few hundred lines of XML need
 * no library. Fonts are named, not embedded: office programs substitute a font of the same coverage,
 * and the PDF is the form that prints the same everywhere.
 */
public final class OdfWriter {

    static final String FONT = "DejaVu Sans";

    private OdfWriter() {}

    public static void text(Document document, OutputStream out) throws IOException {
        write(DocumentFormat.ODT.mediaType(), document, OdtContent.content(document), OdtContent.styles(document), out);
    }

    public static void spreadsheet(Document document, OutputStream out) throws IOException {
        write(DocumentFormat.ODS.mediaType(), document, OdsContent.content(document), OdsContent.styles(), out);
    }

    private static void write(String mediaType, Document document, String content, String styles, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        stored(zip, "mimetype", mediaType.getBytes(StandardCharsets.US_ASCII));
        deflated(zip, "content.xml", content);
        deflated(zip, "styles.xml", styles);
        deflated(zip, "meta.xml", meta(document));
        deflated(zip, "META-INF/manifest.xml", manifest(mediaType));
        zip.finish();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String meta(Document document) {
        String created = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                document.created().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        return Xml.DECLARATION
                + "<office:document-meta" + Xml.NAMESPACES + "><office:meta>"
                + "<meta:generator>" + Xml.escape(PdfWriter.PRODUCER) + "</meta:generator>"
                + "<dc:title>" + Xml.escape(document.title()) + "</dc:title>"
                + "<dc:subject>" + Xml.escape(document.subject()) + "</dc:subject>"
                + "<meta:initial-creator>" + Xml.escape(document.author()) + "</meta:initial-creator>"
                + "<dc:creator>" + Xml.escape(document.author()) + "</dc:creator>"
                + "<meta:creation-date>" + created + "</meta:creation-date>"
                + "<dc:date>" + created + "</dc:date>"
                + "<dc:language>" + document.language().code() + "</dc:language>"
                + "</office:meta></office:document-meta>";
    }

    private static String manifest(String mediaType) {
        StringBuilder xml = new StringBuilder(Xml.DECLARATION)
                .append("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"")
                .append(" manifest:version=\"1.3\">")
                .append("<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"")
                .append(mediaType)
                .append("\"/>");
        for (String part : new String[] {"content.xml", "styles.xml", "meta.xml"}) {
            xml.append("<manifest:file-entry manifest:full-path=\"")
                    .append(part)
                    .append("\" manifest:media-type=\"text/xml\"/>");
        }
        return xml.append("</manifest:manifest>").toString();
    }

    /** The font declaration both kinds of document share. */
    static String fontFaces() {
        return "<office:font-face-decls><style:font-face style:name=\"" + FONT + "\" svg:font-family=\"&apos;"
                + FONT + "&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
                + "</office:font-face-decls>";
    }
}
