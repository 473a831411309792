package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer clock of the agency now holding the question: from when it counts, the due date, and
 * the later date promised in a progress notice (Article 9.4), which then is the date that counts.
 */
@Embeddable
public class Deadline {

    @Column(name = "clock_start")
    private Instant clockStart;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "promised_date")
    private LocalDate promisedDate;

    protected Deadline() {}

    Deadline(Instant clockStart) {
        this.clockStart = clockStart;
    }

    void due(LocalDate date) {
        this.dueDate = date;
    }

    void promise(LocalDate date) {
        this.promisedDate = date;
    }

    /** The date the asker may expect an answer by: a promised date, else the due date. */
    public LocalDate getAnswerBy() {
        return promisedDate != null ? promisedDate : dueDate;
    }

    public Instant getClockStart() {
        return clockStart;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }
}
