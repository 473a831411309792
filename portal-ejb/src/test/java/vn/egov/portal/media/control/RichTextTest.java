package vn.egov.portal.media.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scriptsHandlersAndStylesAreRemovedTextStays() {
        String dirty = "<p onclick=\"steal()\" style=\"color:red\">Tin <b>mới</b></p>"
                + "<script>alert('x')</script><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(1)\">xấu</a><a href=\"https://caobang.gov.vn\">tốt</a>";

        String clean = RichText.sanitize(dirty);

        assertThat(clean)
                .contains("<p>Tin <b>mới</b></p>", "tốt", "href=\"https://caobang.gov.vn\"")
                .doesNotContain("script", "onclick", "style", "iframe", "javascript");
    }

    @Test
    void imagesOnlyFromThePortalMediaOrHttps() {
        assertThat(RichText.sanitize("<img src=\"/media/abc123/anh.png\" alt=\"Ảnh\">"))
                .contains("src=\"/media/abc123/anh.png\"", "alt=\"Ảnh\"");
        assertThat(RichText.sanitize("<img src=\"http://x.example/a.png\" alt=\"a\">"))
                .doesNotContain("src=");
        assertThat(RichText.sanitize("<img src=\"data:image/png;base64,AAAA\" onerror=\"x()\">"))
                .doesNotContain("src=", "onerror");
    }

    @Test
    void plainTextDropsMarkupAndDecodesEntities() {
        assertThat(RichText.plain("<p>Giá &amp; lượng</p><p>mới</p>")).isEqualTo("Giá & lượng mới");
        assertThat(RichText.sanitize(null)).isNull();
    }
}
