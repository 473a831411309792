package vn.egov.portal.media.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.media.boundary.MediaLibrary;

/** The public media library at /media/{token}/{name}: anyone, and a token's bytes never change. */
@ApplicationScoped
public class MediaDownloads implements FileOwner {

    private static final Pattern KEY = Pattern.compile("([0-9a-f]{32})(/[^/]*)?");

    @Inject
    MediaLibrary media;

    @Override
    public String address() {
        return "/media";
    }

    @Override
    public Optional<Download> find(String key) {
        Matcher token = KEY.matcher(key);
        return token.matches()
                ? media.find(token.group(1))
                        .map(file -> new Download(file.getStored(), Download.Audience.EVERYONE_FOREVER))
                : Optional.empty();
    }
}
