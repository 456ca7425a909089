package org.stillpoint.treatment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.platform.Role;
import org.stillpoint.scheduling.AppointmentId;

/**
 * A pre-session check as answered, with what it changed: the screening tier after today's red-flag answers (an
 * EMERGENCY stops the session), the red flags raised, the contraindication conditions the day's answers raise and
 * the areas to leave alone today.
 */
public record PreSessionCheckView(AppointmentId appointment, CheckAnswers answers, ScreeningTier tier,
                                  List<RedFlag> redFlags, Set<ContraindicationCondition> raised,
                                  Set<BodyArea> avoidToday, OffsetDateTime answeredAt, Role answeredBy) {

    public PreSessionCheckView {
        redFlags = List.copyOf(redFlags);
        raised = Set.copyOf(raised);
        avoidToday = Set.copyOf(avoidToday);
    }

    public boolean emergency() {
        return tier == ScreeningTier.EMERGENCY;
    }
}
