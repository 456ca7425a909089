package org.stillpoint.therapists.domain;

import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.AccountId;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;

/**
 * Every therapist in two queries, whatever their number. Availability asks for the whole list on every request;
 * loading each aggregate with its techniques would cost one more query per therapist.
 */
@Component
public class TherapistListing {

    private final JdbcClient jdbc;

    TherapistListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TherapistView> all() {
        Map<UUID, Set<Technique>> techniques = new HashMap<>();
        jdbc.sql("SELECT therapist_id, technique FROM therapist_technique").query(rs -> {
            techniques.computeIfAbsent(rs.getObject("therapist_id", UUID.class),
                    id -> EnumSet.noneOf(Technique.class)).add(Technique.valueOf(rs.getString("technique")));
        });
        List<TherapistView> views = new ArrayList<>();
        jdbc.sql("""
                SELECT id, account_id, display_name, provider_type, licence_number, headache_training,
                       training_completed_on, bio, active
                  FROM therapist ORDER BY active DESC, LOWER(display_name)""").query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Date trained = rs.getDate("training_completed_on");
            views.add(new TherapistView(new TherapistId(id), new AccountId(rs.getObject("account_id", UUID.class)),
                    rs.getString("display_name"), ProviderType.valueOf(rs.getString("provider_type")),
                    rs.getString("licence_number"), rs.getString("headache_training"),
                    trained == null ? null : trained.toLocalDate(),
                    techniques.getOrDefault(id, EnumSet.noneOf(Technique.class)), rs.getString("bio"),
                    rs.getBoolean("active")));
        });
        return views;
    }
}
