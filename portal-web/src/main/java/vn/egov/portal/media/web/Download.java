package vn.egov.portal.media.web;

import java.util.Objects;
import vn.egov.portal.media.entity.StoredFile;

/** A stored file the owner lets the caller have, and who may see it, which decides how it is served. */
public record Download(StoredFile file, Audience audience) {

    public Download {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(audience, "audience");
    }

    /** Who the file is for; it sets what browsers and proxies may keep. */
    public enum Audience {
        /** Anyone, and the bytes never change under the address (a media token): kept a year. */
        EVERYONE_FOREVER("public, max-age=31536000, immutable"),
        /** Anyone, while its owner publishes it: kept a day. */
        EVERYONE("public, max-age=86400"),
        /** Only those the owner let in (personal files): never kept, always a download, never shown in a page. */
        ENTITLED("no-store");

        private final String cacheControl;

        Audience(String cacheControl) {
            this.cacheControl = cacheControl;
        }

        public String cacheControl() {
            return cacheControl;
        }
    }
}
