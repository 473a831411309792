package vn.egov.portal.platform.console.web;

import java.util.List;

/** A feature's menu entries when they never change: given once, as a feature's words to TopLevelPaths. */
public abstract class FixedConsoleLinks implements ConsoleLinks {

    private final List<ConsoleLink> links;

    protected FixedConsoleLinks(ConsoleLink... links) {
        this.links = List.of(links);
    }

    @Override
    public List<ConsoleLink> links() {
        return links;
    }
}
