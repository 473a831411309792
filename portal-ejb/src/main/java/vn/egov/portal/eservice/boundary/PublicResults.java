package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.eservice.control.ResultTally;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ServiceRating;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The public results of the e-services (issue 11 part 4): per agency and per procedure, for a month
 * (the current one in the portal's zone unless one is chosen), the dossiers submitted that month,
 * resolved on time or late, in progress, refused or rejected, and the on-time and satisfaction rates.
 * A malformed month, or one that has not begun, is a 400 on {@code month}.
 */
@Stateless
// Public information (Article 16): anyone may read the figures.
@PermitAll
public class PublicResults {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final YearMonth FIRST = YearMonth.of(2000, 1);

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    /** The month as typed ({@code YYYY-MM}), the current one when blank. */
    public YearMonth month(String typed) {
        YearMonth now = YearMonth.now(clock.withZone(zone()));
        if (Text.isBlank(typed)) {
            return now;
        }
        String clean = typed.strip();
        try {
            YearMonth month = MONTH.matcher(clean).matches() ? YearMonth.parse(clean) : null;
            if (month != null && !month.isAfter(now) && !month.isBefore(FIRST)) {
                return month;
            }
        } catch (DateTimeParseException unreadable) {
            // a month such as 2026-13: the same 400 as any other bad month
        }
        throw InvalidInputException.of("month", "eservice.error.month");
    }

    /** One agency's figures; an unknown agency code is a 404. */
    public ServiceResults ofAgency(String agencyCode, String typedMonth) {
        return ofAgency(agency(agencyCode), month(typedMonth));
    }

    /** Every agency that settles a procedure of the catalogue, with its figures. */
    public List<ServiceResults> ofAgencies(String typedMonth) {
        YearMonth month = month(typedMonth);
        return catalogue.agencies().stream()
                .map(agency -> ofAgency(agency, month))
                .toList();
    }

    /** The figures of each procedure the agency settles, in the order of their codes. */
    public List<ServiceResults> ofProceduresOf(String agencyCode, String typedMonth) {
        YearMonth month = month(typedMonth);
        return em.createQuery("select p from Procedure p where p.agency = :agency order by p.code", Procedure.class)
                .setParameter("agency", agency(agencyCode))
                .getResultStream()
                .map(procedure -> ofProcedure(procedure, month))
                .toList();
    }

    private OrgUnit agency(String agencyCode) {
        return (Text.isBlank(agencyCode)
                        ? Optional.<OrgUnit>empty()
                        : em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                                .setParameter("code", agencyCode.strip())
                                .getResultStream()
                                .findFirst())
                .orElseThrow(() -> new NotFoundException("Agency", agencyCode));
    }

    private ServiceResults ofAgency(OrgUnit agency, YearMonth month) {
        TypedQuery<Object[]> rows = facts("a.agency = :scope", month).setParameter("scope", agency);
        return new ServiceResults(
                agency.getCode(),
                agency.getName().getVi(),
                agency.getName().getEn(),
                agency.getCode(),
                month.toString(),
                tally(rows));
    }

    /** One procedure's figures; an unknown or unreadable procedure code is a 404. */
    public ServiceResults ofProcedure(String procedureCode, String typedMonth) {
        return ofProcedure(catalogue.byCode(procedureCode), month(typedMonth));
    }

    private ServiceResults ofProcedure(Procedure procedure, YearMonth month) {
        TypedQuery<Object[]> rows = facts("a.procedure = :scope", month).setParameter("scope", procedure);
        return new ServiceResults(
                procedure.getCode(),
                procedure.getName(),
                null,
                procedure.getAgency().getCode(),
                month.toString(),
                tally(rows));
    }

    private TypedQuery<Object[]> facts(String scope, YearMonth month) {
        ZoneId zone = zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return em.createQuery(
                        "select a.state, a.dueDate, a.resultAt, a.rating from Application a where " + scope
                                + " and a.submittedAt >= :from and a.submittedAt < :to",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to);
    }

    private ResultTally tally(TypedQuery<Object[]> rows) {
        ZoneId zone = zone();
        List<ResultTally.Facts> facts = rows.getResultList().stream()
                .map(row -> new ResultTally.Facts(
                        (ApplicationState) row[0],
                        (LocalDate) row[1],
                        row[2] == null ? null : LocalDate.ofInstant((Instant) row[2], zone),
                        (ServiceRating) row[3]))
                .toList();
        return ResultTally.of(facts, LocalDate.now(clock.withZone(zone)));
    }

    private ZoneId zone() {
        return calendar.rules().zone();
    }
}
