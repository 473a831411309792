package vn.egov.portal.platform.console.web;

import java.util.List;

/** A feature's entries in the console menu. */
public interface ConsoleLinks {

    List<ConsoleLink> links();
}
