package org.stillpoint.treatment.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.platform.Role;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.CheckAnswers;
import org.stillpoint.treatment.YesNoUnsure;

/** The pre-session checks, one per appointment; answering again replaces the row. */
@Repository
public class CheckRepository {

    /** A stored check: the answers, when the attack began, the screening it got, who answered and when. */
    public record StoredCheck(AppointmentId appointment, ClientId client, CheckAnswers answers, ScreeningTier tier,
                              List<RedFlag> redFlags, Instant answeredAt, UUID answeredBy, Role answeredByRole) {
    }

    private final JdbcClient jdbc;

    CheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredCheck> find(AppointmentId appointment) {
        return jdbc.sql("SELECT * FROM pre_session_check WHERE appointment_id = :id")
                .param("id", appointment.value())
                .query(CheckRepository::map).optional();
    }

    public void save(StoredCheck check) {
        jdbc.sql("DELETE FROM pre_session_check WHERE appointment_id = :id").param("id", check.appointment().value())
                .update();
        CheckAnswers a = check.answers();
        Instant attackStart = a.attack() && a.attackHoursAgo() != null
                ? check.answeredAt().minusSeconds(a.attackHoursAgo() * 3600L) : null;
        jdbc.sql("""
                INSERT INTO pre_session_check (appointment_id, client_id, fever, attack, attack_started_at,
                       attack_severity, attack_medicine, attack_unusual, touch_hurts, new_medicine, new_medicine_name,
                       blood_thinner, new_injury, injury_description, injured_areas, head_or_neck_injury, new_symptom,
                       symptom_description, red_flags, tier, red_flags_raised, answered_at, answered_by,
                       answered_by_role)
                VALUES (:appointment, :client, :fever, :attack, :attackStart, :severity, :medicine, :unusual, :touch,
                       :newMedicine, :medicineName, :bloodThinner, :newInjury, :injury, :areas, :headNeck,
                       :newSymptom, :symptom, :redFlags, :tier, :raised, :at, :by, :role)""")
                .param("appointment", check.appointment().value())
                .param("client", check.client().value())
                .param("fever", a.fever())
                .param("attack", a.attack())
                .param("attackStart", attackStart == null ? null : attackStart.atOffset(ZoneOffset.UTC))
                .param("severity", a.attack() ? a.attackSeverity() : null)
                .param("medicine", a.attack() ? a.attackMedicine() : null)
                .param("unusual", a.attack() ? a.attackUnusual() : null)
                .param("touch", a.attack() ? a.touchHurts() : null)
                .param("newMedicine", a.newMedicine())
                .param("medicineName", Boolean.TRUE.equals(a.newMedicine()) ? a.newMedicineName() : null)
                .param("bloodThinner", Boolean.TRUE.equals(a.newMedicine()) && a.bloodThinner() != null
                        ? a.bloodThinner().name() : null)
                .param("newInjury", a.newInjury())
                .param("injury", Boolean.TRUE.equals(a.newInjury()) ? a.injuryDescription() : null)
                .param("areas", Boolean.TRUE.equals(a.newInjury()) ? join(a.injuredAreas()) : null)
                .param("headNeck", a.headOrNeckInjury())
                .param("newSymptom", a.newSymptom())
                .param("symptom", Boolean.TRUE.equals(a.newSymptom()) ? a.symptomDescription() : null)
                .param("redFlags", a.redFlags().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .sorted().collect(Collectors.joining(",")))
                .param("tier", check.tier().name())
                .param("raised", check.redFlags().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("at", check.answeredAt().atOffset(ZoneOffset.UTC))
                .param("by", check.answeredBy())
                .param("role", check.answeredByRole().name())
                .update();
    }

    private static StoredCheck map(ResultSet rs, int row) throws SQLException {
        Instant answeredAt = rs.getObject("answered_at", OffsetDateTime.class).toInstant();
        OffsetDateTime attackStart = rs.getObject("attack_started_at", OffsetDateTime.class);
        Integer hours = attackStart == null ? null
                : (int) Math.max(0, (answeredAt.getEpochSecond() - attackStart.toEpochSecond()) / 3600);
        Map<String, Boolean> redFlags = new LinkedHashMap<>();
        for (String pair : split(rs.getString("red_flags"))) {
            String[] parts = pair.split("=", 2);
            redFlags.put(parts[0], Boolean.valueOf(parts[1]));
        }
        String thinner = rs.getString("blood_thinner");
        Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
        split(rs.getString("injured_areas")).forEach(a -> areas.add(BodyArea.valueOf(a)));
        CheckAnswers answers = new CheckAnswers(rs.getBoolean("fever"), rs.getBoolean("attack"), hours,
                (Integer) rs.getObject("attack_severity", Integer.class), rs.getString("attack_medicine"),
                rs.getObject("attack_unusual", Boolean.class), rs.getObject("touch_hurts", Boolean.class),
                rs.getBoolean("new_medicine"), rs.getString("new_medicine_name"),
                thinner == null ? null : YesNoUnsure.valueOf(thinner), rs.getBoolean("new_injury"),
                rs.getString("injury_description"), areas, rs.getBoolean("head_or_neck_injury"),
                rs.getBoolean("new_symptom"), rs.getString("symptom_description"), redFlags);
        return new StoredCheck(new AppointmentId(rs.getObject("appointment_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), answers,
                ScreeningTier.valueOf(rs.getString("tier")),
                split(rs.getString("red_flags_raised")).stream().map(RedFlag::valueOf).toList(), answeredAt,
                rs.getObject("answered_by", UUID.class), Role.valueOf(rs.getString("answered_by_role")));
    }

    private static String join(Set<BodyArea> areas) {
        return areas.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }
}
