package org.stillpoint.scheduling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.Closure;

/** The days the whole clinic is closed, one row per day. */
@Repository
public class Closures {

    public static final int REASON_LENGTH = 200;

    private final JdbcClient jdbc;

    Closures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Closure> between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT closed_on, reason FROM clinic_closure WHERE closed_on BETWEEN :from AND :to
                 ORDER BY closed_on""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Closure(rs.getObject("closed_on", LocalDate.class), rs.getString("reason")))
                .list();
    }

    /** Closes the clinic on a day; 409 if it is closed already. */
    public Closure close(LocalDate date, String reason, Instant now) {
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > REASON_LENGTH) {
            throw new RuleViolation("invalid-closure", "reason", "field.too-long");
        }
        int added = jdbc.sql("""
                INSERT INTO clinic_closure (closed_on, reason, created_at) VALUES (:date, :reason, :now)
                ON CONFLICT DO NOTHING""")
                .param("date", date)
                .param("reason", text)
                .param("now", ScheduleReader.utc(now))
                .update();
        if (added == 0) {
            throw new Conflict("closure-exists", "closure.exists");
        }
        return new Closure(date, text);
    }

    /** Opens the clinic again on a day; answers false if it was not closed. */
    public boolean reopen(LocalDate date) {
        return jdbc.sql("DELETE FROM clinic_closure WHERE closed_on = :date").param("date", date).update() == 1;
    }
}
