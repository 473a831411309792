package vn.egov.portal.mail.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.Timer;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.egov.portal.privacy.boundary.SealedDataUnavailableException;

/** While the personal-data key is refused the outbox cannot be opened: one line in the log, once. */
class MailDispatcherTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(MailDispatcher.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final ScriptedOutbox outbox = new ScriptedOutbox();
    private final MailDispatcher dispatcher = new MailDispatcher();

    @BeforeEach
    void wire() {
        log.addHandler(capture);
        log.setUseParentHandlers(false);
        dispatcher.outbox = outbox;
        dispatcher.settings = new MailSettings() {
            @Override
            public boolean isConfigured() {
                return true;
            }
        };
    }

    @AfterEach
    void unwire() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    @Test
    void aRefusedKeyIsReportedOnceOnOneLineNotAtEveryTick() {
        outbox.failure = new EJBException(new PersistenceException(new SealedDataUnavailableException("wrong")));

        tick();
        tick();
        tick();

        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).getThrown()).isNull();
        assertThat(logged.get(0).getMessage())
                .contains("personal-data key is refused")
                .doesNotContain("\n");
    }

    @Test
    void aTickThatGetsThroughEndsThePauseSoALaterRefusalIsReportedAgain() {
        outbox.failure = new SealedDataUnavailableException("missing");
        tick();
        outbox.failure = null;
        tick();
        outbox.failure = new SealedDataUnavailableException("missing");
        tick();

        assertThat(logged).hasSize(2);
    }

    @Test
    void anyOtherFailureStillLogsWhatWentWrong() {
        outbox.failure = new IllegalStateException("the database went away");

        tick();

        assertThat(logged).singleElement().satisfies(record -> assertThat(record.getThrown())
                .isSameAs(outbox.failure));
    }

    private void tick() {
        dispatcher.onTimer((Timer) Proxy.newProxyInstance(
                Timer.class.getClassLoader(),
                new Class<?>[] {Timer.class},
                (proxy, method, arguments) -> method.getName().equals("getInfo") ? "mail-dispatch" : null));
    }

    private static final class ScriptedOutbox extends Outbox {
        RuntimeException failure;

        @Override
        public int deliverDue(int max) {
            if (failure != null) {
                throw failure;
            }
            return 0;
        }
    }
}
