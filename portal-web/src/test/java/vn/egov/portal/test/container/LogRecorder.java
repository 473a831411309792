package vn.egov.portal.test.container;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Records what the server logs while a test runs, from every logger and thread, so in-container
 * tests can assert how much a bad request costs the log (one line, no stack trace).
 */
public final class LogRecorder extends Handler implements AutoCloseable {

    /** Fills a record's parameters into its message, as the server's log file shows it. */
    private static final Formatter MESSAGES = new SimpleFormatter();

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecorder() {
        setLevel(Level.ALL);
    }

    public static LogRecorder start() {
        LogRecorder recorder = new LogRecorder();
        Logger.getLogger("").addHandler(recorder);
        return recorder;
    }

    /** Records that carry a stack trace: logger, message and the exception, one line each. */
    public List<String> withStackTraces() {
        return records.stream()
                .filter(record -> record.getThrown() != null)
                .map(record ->
                        record.getLoggerName() + ": " + MESSAGES.formatMessage(record) + " — " + record.getThrown())
                .toList();
    }

    /** Records at INFO or above whose message mentions the text. */
    public List<String> mentioning(String text) {
        return records.stream()
                .filter(record -> record.getLevel().intValue() >= Level.INFO.intValue())
                .map(MESSAGES::formatMessage)
                .filter(message -> message.contains(text))
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
        // Nothing is buffered.
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
