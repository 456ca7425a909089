package org.stillpoint.intake.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.stillpoint.intake.Intake;

/** Times on the intake pages, in the clinic's time zone: {@code ${@intakeTime.format(version.submittedAt)}}. */
@Component("intakeTime")
public class IntakeTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Intake intake;

    IntakeTime(Intake intake) {
        this.intake = intake;
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(intake.zone()));
    }
}
