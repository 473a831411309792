package vn.egov.portal.setup.boundary;

/**
 * What {@link PortalBootstrap#loaded()} answers once the structure, the first administrator and
 * (when enabled) the demo data sets are in the database and committed: what needs "the data of this
 * start is there" (the search index repair) asks it once at its own start instead of polling.
 *
 * @param dataSetsAdded whether this start added demo data sets: features may have indexed some of
 *     their content while it was written, so an index that is not empty still lacks the rest
 */
public record StartupDataLoaded(boolean dataSetsAdded) {}
