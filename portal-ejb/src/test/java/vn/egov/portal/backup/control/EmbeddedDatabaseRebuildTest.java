package vn.egov.portal.backup.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseRebuildTest {

    private static final String PASSWORD = "a0b1c2d3e4f5";

    @TempDir
    Path work;

    @Test
    void theRebuiltDatabaseHoldsEveryRowSequenceAndLargeValueOfTheCopyAndReopens() throws Exception {
        Path copy = work.resolve("copy");
        try (Connection db = open(copy);
                Statement sql = db.createStatement()) {
            sql.execute("create sequence question_seq start with 1 increment by 50");
            sql.execute("create table question(id bigint primary key, title varchar(200) not null, body clob)");
            sql.execute("create index ix_question_title on question(title)");
            sql.execute(
                    "insert into question values (next value for question_seq, 'Khai sinh cho con', repeat('Đàm Thủy ', 20000))");
            sql.execute("insert into question values (next value for question_seq, 'Đăng ký kết hôn', null)");
        }
        Path rebuilt = work.resolve("rebuilt");

        EmbeddedDatabaseRebuild.rebuild(copy, rebuilt, work.resolve("dump.sql.gz"), PASSWORD);

        for (int start = 1; start <= 2; start++) {
            try (Connection db = open(rebuilt);
                    Statement sql = db.createStatement()) {
                ResultSet rows = sql.executeQuery("select count(*), max(length(body)), min(title) from question");
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2 + start - 1);
                assertThat(rows.getInt(2)).isEqualTo("Đàm Thủy ".length() * 20000);
                assertThat(rows.getString(3)).isEqualTo("Khai sinh cho con");
                ResultSet next = sql.executeQuery("select next value for question_seq");
                next.next();
                assertThat(next.getLong(1))
                        .as("the sequence goes on where the copy left it")
                        .isGreaterThan(51);
                sql.execute(
                        "insert into question values (" + (1000 + start) + ", 'Lần khởi động " + start + "', null)");
            }
        }
    }

    @Test
    void aWrongPasswordOrAMissingCopyRebuildsNothing() {
        Path copy = work.resolve("copy");
        assertThatThrownBy(() ->
                        EmbeddedDatabaseRebuild.rebuild(copy, work.resolve("a"), work.resolve("a.sql.gz"), PASSWORD))
                .isInstanceOf(SQLException.class);
        assertThat(Files.exists(work.resolve("a").resolve("portal.mv.db"))).isFalse();

        assertThatThrownBy(() -> {
                    try (Connection db = open(copy)) {
                        db.createStatement().execute("create table t(i int)");
                    }
                    EmbeddedDatabaseRebuild.rebuild(
                            copy, work.resolve("b"), work.resolve("b.sql.gz"), "not-the-password");
                })
                .isInstanceOf(SQLException.class);
        assertThat(Files.exists(work.resolve("b").resolve("portal.mv.db"))).isFalse();
    }

    private static Connection open(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("portal"), "portal", PASSWORD);
    }
}
