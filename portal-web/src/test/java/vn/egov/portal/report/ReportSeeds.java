package vn.egov.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.qa.QuestionForms;
import vn.egov.portal.qa.boundary.AnswerDraft;
import vn.egov.portal.qa.boundary.CitationDraft;
import vn.egov.portal.qa.boundary.QuestionAnswering;
import vn.egov.portal.qa.boundary.QuestionDesk;
import vn.egov.portal.qa.boundary.QuestionIntake;
import vn.egov.portal.qa.boundary.Receipt;
import vn.egov.portal.test.container.AsAgencyAnswerer;
import vn.egov.portal.test.container.AsSecretary;

/**
 * Activity for the report ITs: questions asked, routed and answered through the Q&A services, then
 * moved into the test's period by SQL (the services stamp today; the reports read the stamps).
 */
@Dependent
public class ReportSeeds {

    private static final ZoneId PORTAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    QuestionIntake intake;

    @Inject
    QuestionDesk desk;

    @Inject
    QuestionAnswering answering;

    @Inject
    AsSecretary board;

    @Inject
    AsAgencyAnswerer answerer;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    /** A question asked in {@code field}, not yet routed; its id. */
    public long asked(String field) {
        String challenge = intake.challenge();
        Receipt receipt = intake.submit(
                QuestionForms.individual(
                        "bao-cao-" + System.nanoTime() + "@example.org",
                        "Câu hỏi cho báo cáo",
                        "Xin hỏi thủ tục này làm ở đâu?",
                        field),
                new Proof(challenge, ProofOfWork.solve(challenge)),
                "203.0.113." + (1 + (int) (System.nanoTime() % 250)));
        return receipt.id();
    }

    /** A question asked in {@code field} and routed by the board to {@code agency} (its code). */
    public long routed(String field, String agency) throws Exception {
        long id = asked(field);
        board.call(() -> desk.classify(id, field));
        board.call(() -> desk.route(id, agency));
        return id;
    }

    /** The agency's answerer answers the question, citing a law. */
    public void answer(long id) throws Exception {
        answerer.call(() -> answering.answer(
                id,
                new AnswerDraft(
                        "Công dân liên hệ bộ phận một cửa của Sở.",
                        List.of(new CitationDraft(
                                null, "60/2014/QH13", "Luật Hộ tịch", LocalDate.of(2014, 11, 20), "Quốc hội")))));
    }

    /** The board refuses the question as a private matter. */
    public void refuse(long id) throws Exception {
        board.call(() -> desk.refuse(id, vn.egov.portal.qa.entity.RefusalReason.PRIVATE_MATTER, "Việc riêng."));
    }

    /** Received and its clock started at {@code received}, due on {@code due}, as the report reads them. */
    public void receivedAt(long id, String received, String due) throws Exception {
        update(
                "update qa_question set receivedAt = ?, clock_start = ?, due_date = DATE '" + LocalDate.parse(due)
                        + "', promised_date = null where id = ?",
                at(received),
                at(received),
                id);
    }

    public void answeredAt(long id, String when) throws Exception {
        update("update qa_question set answered_at = ? where id = ?", at(when), id);
    }

    public void refusedAt(long id, String when) throws Exception {
        update("update qa_question set refused_at = ? where id = ?", at(when), id);
    }

    /** A local time in the portal's zone ({@code 2003-06-02T09:00}) as an instant. */
    public static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(PORTAL_ZONE).toInstant();
    }

    /** Runs one update with instants and ids as its parameters; it must change exactly one row. */
    public void update(String sql, Object... values) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Instant instant) {
                    update.setTimestamp(i + 1, Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
                } else if (values[i] instanceof String text) {
                    update.setString(i + 1, text);
                } else {
                    update.setLong(i + 1, ((Number) values[i]).longValue());
                }
            }
            assertThat(update.executeUpdate()).as(sql).isEqualTo(1);
        }
    }
}
