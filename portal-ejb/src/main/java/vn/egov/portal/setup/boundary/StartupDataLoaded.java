package vn.egov.portal.setup.boundary;

/**
 * Fired once per start by {@link PortalBootstrap} when the structure, the first administrator and
 * (when enabled) the demo data sets are in the database and committed: what reacts to "the data of
 * this start is there" (the search index repair) observes it instead of polling.
 *
 * @param demoLoaded whether demo data sets were asked for at this start
 */
public record StartupDataLoaded(boolean demoLoaded) {}
