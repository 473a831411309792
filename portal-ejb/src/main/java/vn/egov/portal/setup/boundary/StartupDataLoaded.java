package vn.egov.portal.setup.boundary;

/**
 * What {@link PortalBootstrap#loaded()} answers once the structure, the first administrator and
 * (when enabled) the demo data sets are in the database and committed: what needs "the data of this
 * start is there" (the search index repair) asks it once at its own start instead of polling.
 *
 * @param demoLoaded whether demo data sets were asked for at this start
 */
public record StartupDataLoaded(boolean demoLoaded) {}
