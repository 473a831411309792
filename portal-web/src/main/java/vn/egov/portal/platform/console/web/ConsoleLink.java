package vn.egov.portal.platform.console.web;

import java.util.Set;

/**
 * One entry of the console menu: where it goes, under which heading, and who may see it. Features
 * contribute their own through {@link ConsoleLinks}, so the menu needs no central list.
 */
public record ConsoleLink(String section, int order, String labelKey, String icon, String path, Set<String> roles) {

    public ConsoleLink {
        roles = Set.copyOf(roles);
    }
}
