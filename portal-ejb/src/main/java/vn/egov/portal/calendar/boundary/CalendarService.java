package vn.egov.portal.calendar.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.calendar.control.CalendarDay;
import vn.egov.portal.calendar.control.CalendarRules;
import vn.egov.portal.calendar.control.DueDate;
import vn.egov.portal.calendar.control.WorkingCalendar;
import vn.egov.portal.calendar.control.WorkingDayCount;
import vn.egov.portal.calendar.entity.CalendarOverride;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.cache.boundary.PerContentVersion;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.site.boundary.SiteDirectory;

/**
 * The working-day calendar for everyone who counts deadlines (update deadlines, Q&A, e-services),
 * and its overrides for the administrators who enter each year's decisions. Changing an override
 * fires {@link CalendarChanged} in the same transaction, so running deadlines move with it.
 */
@Stateless
public class CalendarService {

    /** Years the calendar answers for; outside them a date is a typing error. */
    public static final int FIRST_YEAR = 1990;

    public static final int LAST_YEAR = 2100;

    /** One calendar for the whole application (the bean's instances are pooled). */
    private static final PerContentVersion<Boolean, WorkingCalendar> CURRENT = new PerContentVersion<>(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarSettings settings;

    @Inject
    Event<CalendarChanged> changes;

    @Inject
    AuditTrail audit;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    InputCheck inputs;

    @Inject
    AccessControl access;

    @Inject
    SiteDirectory directory;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The calendar as it stands now, overrides included; immutable, so one is shared by every caller
     * until the overrides change (each change moves the public content version), instead of reading
     * them again for every due date a submission or the deadline monitor counts.
     */
    @PermitAll
    public WorkingCalendar calendar() {
        return CURRENT.get(Boolean.TRUE, unused -> {
            List<vn.egov.portal.calendar.control.DayOverride> overrides =
                    em.createNamedQuery(CalendarOverride.ALL, CalendarOverride.class).getResultList().stream()
                            .map(CalendarOverride::toRule)
                            .toList();
            return new WorkingCalendar(settings.rules(), overrides);
        });
    }

    /** The configured rules (zone, office hours) without reading the overrides. */
    @PermitAll
    public CalendarRules rules() {
        return settings.rules();
    }

    @PermitAll
    public DueDate addWorkingDays(Instant receivedAt, int days) {
        requireDays(days);
        requireYear("from", LocalDate.ofInstant(receivedAt, settings.rules().zone()));
        return calendar().addWorkingDays(receivedAt, days);
    }

    @PermitAll
    public DueDate addWorkingDays(LocalDate from, int days) {
        requireDays(days);
        requireYear("from", from);
        return calendar().addWorkingDays(from, days);
    }

    @PermitAll
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        requireYear("from", from);
        requireYear("to", to);
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "error.calendar.range");
        }
        return calendar().workingDaysBetween(from, to);
    }

    @PermitAll
    public CalendarDay day(LocalDate date) {
        requireYear("date", date);
        return calendar().day(date);
    }

    @PermitAll
    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorking();
    }

    @PermitAll
    public List<CalendarDay> holidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputException.of("year", "error.calendar.year");
        }
        return calendar().holidays(year);
    }

    @RolesAllowed({Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF})
    public List<CalendarOverride> listOverrides(int year) {
        return em.createNamedQuery(CalendarOverride.BETWEEN, CalendarOverride.class)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    /** Adds the override of a date, or changes the one it has. */
    @RolesAllowed({Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF})
    public CalendarOverride saveOverride(OverrideRequest request) {
        requireBoardOrAdministrator();
        validate(request);
        String reference = Text.clean(request.reference());
        String reason = Text.clean(request.reason());
        String actor = session.getCallerPrincipal().getName();
        CalendarOverride override = findOverride(request.date()).orElse(null);
        if (override == null) {
            override =
                    new CalendarOverride(request.date(), request.dayOff(), reference, reason, actor, clock.instant());
            em.persist(override);
        } else {
            override.change(request.dayOff(), reference, reason, actor, clock.instant());
        }
        audit.record(
                "calendar.override.save",
                "calendar " + request.date(),
                (request.dayOff() ? "day off" : "working day") + "; " + reference + "; " + reason);
        // First: observers recount due dates with calendar(), which must not answer the kept one.
        publicContent.changed();
        changes.fire(new CalendarChanged(request.date(), reference, reason));
        return override;
    }

    @RolesAllowed({Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF})
    public void removeOverride(LocalDate date, String reason) {
        requireBoardOrAdministrator();
        String why = Text.clean(reason);
        if (why == null) {
            throw InvalidInputException.of("reason", "error.calendar.reason");
        }
        CalendarOverride override =
                findOverride(date).orElseThrow(() -> new NotFoundException("Calendar override", date));
        em.remove(override);
        audit.record("calendar.override.remove", "calendar " + date, override.getReference() + "; " + why);
        publicContent.changed();
        changes.fire(new CalendarChanged(date, override.getReference(), why));
    }

    private java.util.Optional<CalendarOverride> findOverride(LocalDate date) {
        return em
                .createNamedQuery(CalendarOverride.ON_DATE, CalendarOverride.class)
                .setParameter("date", date)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The editor-in-chief of the main portal answers for deadlines (Art. 12.2, 15); sub-portal chiefs do not. */
    private void requireBoardOrAdministrator() {
        if (!session.isCallerInRole(Roles.SYSADMIN)) {
            access.requireRole(Role.EDITOR_IN_CHIEF, directory.getMainSite());
        }
    }

    /** The request's own rules, then the one only the calendar knows: the date is not already so. */
    private void validate(OverrideRequest request) {
        Map<String, String> errors = inputs.problems(request);
        if (request != null && !errors.containsKey("date")) {
            CalendarDay computed = new WorkingCalendar(settings.rules(), List.of()).day(request.date());
            if (request.dayOff() && !computed.isWorking()) {
                errors.put("date", "error.calendar.override.alreadyOff");
            }
            if (!request.dayOff() && computed.isWorking()) {
                errors.put("date", "error.calendar.override.alreadyWorking");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void requireDays(int days) {
        if (days < 0 || days > WorkingCalendar.MAX_WORKING_DAYS) {
            throw InvalidInputException.of("days", "error.calendar.days");
        }
    }

    private static void requireYear(String field, LocalDate date) {
        if (date == null) {
            throw InvalidInputException.of(field, "error.calendar.date");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw InvalidInputException.of(field, "error.calendar.year");
        }
    }
}
