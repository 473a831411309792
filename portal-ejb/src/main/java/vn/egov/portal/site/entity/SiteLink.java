package vn.egov.portal.site.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.egov.portal.platform.entity.LocalizedText;

/**
 * A link a portal's footer offers to another official site: the national public-service portal, the
 * Government portal, the province's administrative-procedure system. Data, so each province names its
 * own; only web addresses are accepted.
 */
@Embeddable
public class SiteLink {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\"<>]{1,290}");

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "vi", column = @Column(name = "label_vi", nullable = false, length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "label_en", length = 300))
    })
    private LocalizedText label;

    @Column(nullable = false, length = 300)
    private String url;

    protected SiteLink() {}

    public SiteLink(LocalizedText label, String url) {
        this.label = Objects.requireNonNull(label, "label");
        if (url == null || !WEB_ADDRESS.matcher(url).matches()) {
            throw new IllegalArgumentException("A site link needs an http(s) address: " + url);
        }
        this.url = url;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }
}
