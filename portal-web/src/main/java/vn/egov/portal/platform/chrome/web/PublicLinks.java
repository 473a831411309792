package vn.egov.portal.platform.chrome.web;

import java.util.List;

/** A feature's entries in the public main navigation; implement it as an application-scoped bean. */
public interface PublicLinks {

    List<PublicLink> links();
}
