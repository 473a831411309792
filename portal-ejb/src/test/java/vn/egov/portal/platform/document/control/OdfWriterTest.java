package vn.egov.portal.platform.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.egov.portal.platform.i18n.control.Language;

/** ODT and ODS unzipped and parsed: the package layout, the text, header rows, float cells, page fields. */
class OdfWriterTest {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private final List<ZipEntry> entries = new ArrayList<>();
    private final Map<String, byte[]> parts = new HashMap<>();

    private void unzip(DocumentFormat format) throws IOException {
        byte[] bytes = GeneratedDocument.of(SampleDocuments.summary(Language.VIETNAMESE, 4), format, "x")
                .bytes();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry);
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
    }

    private org.w3c.dom.Document parse(String part) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(part)));
    }

    private static List<Element> all(org.w3c.dom.Node root, String namespace, String name) {
        NodeList nodes = root instanceof org.w3c.dom.Document document
                ? document.getElementsByTagNameNS(namespace, name)
                : ((Element) root).getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private void assertPackage(DocumentFormat format) throws Exception {
        assertThat(entries.get(0).getName()).isEqualTo("mimetype");
        assertThat(entries.get(0).getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(new String(parts.get("mimetype"), StandardCharsets.US_ASCII)).isEqualTo(format.mediaType());
        assertThat(parts).containsKeys("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml");
        assertThat(all(parse("meta.xml"), "http://purl.org/dc/elements/1.1/", "title")
                        .get(0)
                        .getTextContent())
                .isEqualTo("Bảng tổng hợp hồ sơ tháng 11/2026");
        assertThat(new String(parts.get("META-INF/manifest.xml"), StandardCharsets.UTF_8))
                .contains("manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\""
                        + format.mediaType());
    }

    @Test
    void textHasHeadingsParagraphsAndATableWithRepeatedHeader() throws Exception {
        unzip(DocumentFormat.ODT);
        assertPackage(DocumentFormat.ODT);
        org.w3c.dom.Document content = parse("content.xml");
        Element heading = all(content, TEXT, "h").get(0);
        assertThat(heading.getTextContent()).isEqualTo(SampleDocuments.AUTHORITY);
        assertThat(heading.getAttributeNS(TEXT, "outline-level")).isEqualTo("1");
        assertThat(all(content, TEXT, "line-break")).hasSize(1);
        assertThat(all(content, TEXT, "s").get(0).getAttributeNS(TEXT, "c")).isEqualTo("1");
        assertThat(content.getDocumentElement().getTextContent())
                .contains("Kỳ báo cáo: tháng 11 năm 2026 & <trước>.")
                .contains("Mã hồ sơ: HS-2026-000123");
        Element table = all(content, TABLE, "table").get(0);
        assertThat(all(table, TABLE, "table-column")).hasSize(4);
        Element header = all(table, TABLE, "table-header-rows").get(0);
        assertThat(header.getTextContent()).isEqualTo("STTThủ tục hành chínhSố hồ sơPhí (đồng)");
        assertThat(all(table, TABLE, "table-row")).hasSize(5);
        Element fee = all(table, TABLE, "table-cell").get(7);
        assertThat(fee.getAttributeNS(OFFICE, "value-type")).isEqualTo("float");
        assertThat(fee.getAttributeNS(OFFICE, "value")).isEqualTo("1250000.5");
        assertThat(fee.getTextContent()).isEqualTo("1.250.000,5");
    }

    @Test
    void theTextFooterNumbersPagesWithFields() throws Exception {
        unzip(DocumentFormat.ODT);
        org.w3c.dom.Document styles = parse("styles.xml");
        Element footer = all(styles, "urn:oasis:names:tc:opendocument:xmlns:style:1.0", "footer")
                .get(0);
        assertThat(footer.getTextContent()).isEqualTo("Cổng thông tin điện tử tỉnh Cao BằngTrang /");
        assertThat(all(footer, TEXT, "page-number")).hasSize(1);
        assertThat(all(footer, TEXT, "page-count")).hasSize(1);
    }

    @Test
    void spreadsheetKeepsNumbersAsFloatCells() throws Exception {
        unzip(DocumentFormat.ODS);
        assertPackage(DocumentFormat.ODS);
        org.w3c.dom.Document content = parse("content.xml");
        Element sheet = all(content, TABLE, "table").get(0);
        assertThat(sheet.getAttributeNS(TABLE, "name")).isEqualTo("Bảng tổng hợp hồ sơ tháng 11");
        List<Element> floats = all(sheet, TABLE, "table-cell").stream()
                .filter(cell -> "float".equals(cell.getAttributeNS(OFFICE, "value-type")))
                .toList();
        assertThat(floats).hasSize(12);
        assertThat(floats.get(2).getAttributeNS(OFFICE, "value")).isEqualTo("1250000.5");
        assertThat(all(sheet, TABLE, "table-cell").stream().map(Element::getTextContent))
                .contains("Bảng tổng hợp hồ sơ tháng 11/2026", "Mã hồ sơ", "HS-2026-000123", "Thủ tục hành chính");
        assertThat(new String(parts.get("content.xml"), StandardCharsets.UTF_8)).doesNotContain("table:formula");
    }

    @Test
    void sheetNamesDropWhatSpreadsheetsRefuse() {
        assertThat(OdsContent.sheetName("Báo cáo [quý 3]: 2026/09 * tổng hợp các đơn vị"))
                .isEqualTo("Báo cáo quý 3 2026 09 tổng hợp");
        assertThat(OdsContent.sheetName("/?*")).isEqualTo("1");
    }

    @Test
    void characterXmlCannotHoldAreDropped() {
        assertThat(Xml.escape("a\u0001b\uFFFEc<d>&\"'")).isEqualTo("abc&lt;d&gt;&amp;&quot;&apos;");
    }
}
