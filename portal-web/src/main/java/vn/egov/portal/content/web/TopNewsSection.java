package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.chrome.web.HomeSection;

/** Home page block: The latest articles of each category that has any, in statutory order. */
@ApplicationScoped
public class TopNewsSection implements HomeSection {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/top-news.xhtml";
    }
}
