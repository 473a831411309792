package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.deadline.boundary.DeadlineRuleSeed;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.config.control.SecretFiles;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.privacy.control.PersonalDataKey;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.qa.control.DemoQaData;
import vn.egov.portal.qa.control.QuestionClock;
import vn.egov.portal.qa.control.QuestionRepository;
import vn.egov.portal.qa.entity.AnswerDelegation;
import vn.egov.portal.qa.entity.Consent;
import vn.egov.portal.qa.entity.DelegationKind;
import vn.egov.portal.qa.entity.QaField;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.security.boundary.Passwords;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.boundary.EarlierMonth;
import vn.egov.portal.setup.boundary.EarlierMonths;
import vn.egov.portal.setup.boundary.SiteDemoData;
import vn.egov.portal.setup.control.PasswordGenerator;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * A populated Q&A section for the demo province: published answers, and questions received,
 * flagged, routed, transferred, with a progress notice, answered, refused, split and erased. The
 * questions replay what happened to them through the entities' own rules, dated in the past.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
// Two client views: the start-up loads it, and the demo's history plays it again in earlier months.
@Local({DemoDataset.class, EarlierMonths.class})
public class QaDemoData implements DemoDataset, EarlierMonths {

    @PersistenceContext
    EntityManager em;

    @Inject
    QaCatalogueSeed catalogue;

    @Inject
    DeadlineRuleSeed deadlineRules;

    @Inject
    QaSettings settings;

    @Inject
    SiteDirectory directory;

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionClock questionClock;

    @Inject
    CitationCheck citations;

    @Inject
    Passwords passwords;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.qa.v1";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        catalogue.apply();
        deadlineRules.apply();
        em.flush();
        DemoQaData data = SeedFiles.read("seed/demo-qa.json", DemoQaData.class);
        data.heads().forEach(this::openHead);
        data.delegations()
                .forEach(delegation -> register(
                        delegation.agency(),
                        account(delegation.username()),
                        DelegationKind.valueOf(delegation.kind()),
                        delegation.reference(),
                        delegation.since()));
        new DemoQuestionReplay(em, questions, questionClock, settings, clock, citations)
                .replayAll(data.questions(), this::submitted);
    }

    /** The finished demo questions asked again in each earlier month ({@link EarlierMonths}). */
    @Override
    public void playEarlier(List<EarlierMonth> months) {
        List<DemoQaData.DemoQuestion> finished =
                SeedFiles.read("seed/demo-qa.json", DemoQaData.class).questions().stream()
                        .filter(DemoQaData.DemoQuestion::isFinished)
                        .toList();
        List<DemoQaData.DemoQuestion> earlier = months.stream()
                .flatMap(month -> month.of(finished).stream().map(question -> question.earlier(month.daysBack())))
                .toList();
        new DemoQuestionReplay(em, questions, questionClock, settings, clock, citations)
                .replayAll(earlier, this::submitted);
    }

    private Question submitted(DemoQaData.DemoQuestion demo, Instant receivedAt) {
        Particulars particulars = demo.asker();
        particulars.setKind(PersonKind.valueOf(demo.type()));
        String email = particulars.getEmail();
        QaField field = questions.field(demo.field(), "field");
        return new Question(
                QaSettings.TRACKING_CODES.next(),
                new Question.Submitted(
                        particulars.getKind(),
                        particulars.seal(),
                        PersonalDataKey.cipher().digest(email.toLowerCase(Locale.ROOT)),
                        new Consent(receivedAt, settings.consentVersion()),
                        Language.VIETNAMESE,
                        demo.title(),
                        demo.body(),
                        field),
                receivedAt);
    }

    private void openHead(DemoQaData.Head head) {
        String password = PasswordGenerator.generate();
        UserAccount account = new UserAccount(
                head.username(),
                head.displayName(),
                head.email(),
                passwords.hash(password.toCharArray()),
                clock.instant());
        OrgUnit agency = directory.getOrgUnit(head.agency());
        account.grant(Role.AGENCY_ANSWERER, null, agency);
        em.persist(account);
        register(head.agency(), account, DelegationKind.HEAD, head.reference(), head.since());
        appendToAccountsFile(head.username() + "\t" + password + "\t" + Role.AGENCY_ANSWERER + System.lineSeparator());
    }

    private void register(String agency, UserAccount account, DelegationKind kind, String reference, LocalDate since) {
        Instant at = since.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant();
        em.persist(
                new AnswerDelegation(directory.getOrgUnit(agency), account, kind, reference, since, null, "admin", at));
    }

    private UserAccount account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    /** The demo officials' passwords live in one owner-only file; the head joins the list there. */
    private void appendToAccountsFile(String line) {
        Path file = config.dataDirectory().resolve(SiteDemoData.ACCOUNTS_FILE);
        try {
            String before = Files.isRegularFile(file) ? Files.readString(file) : "";
            SecretFiles.write(file, before + line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
