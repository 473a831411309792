package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.web.HomeSection;

/** Home page block: Every statutory category of Article 5 with a link to its list. */
@ApplicationScoped
public class CategoriesSection implements HomeSection {

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/categories.xhtml";
    }
}
