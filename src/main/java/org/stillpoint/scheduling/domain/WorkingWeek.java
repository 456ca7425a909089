package org.stillpoint.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.scheduling.WorkingHours;
import org.stillpoint.therapists.TherapistId;

/**
 * A therapist's weekly template: for each weekday, any number of stretches in local time that do not overlap
 * (stretches that touch, such as 09:00–12:00 and 12:00–17:00, make one continuous stretch).
 */
@Table("working_week")
public class WorkingWeek {

    /** More stretches than anyone works in a week: a guard against nonsense input. */
    public static final int MAX_STRETCHES = 70;

    static final Comparator<WorkingHours> ORDER = Comparator.comparing(WorkingHours::day)
            .thenComparing(WorkingHours::start);

    @Id
    private final UUID therapistId;
    @MappedCollection(idColumn = "therapist_id")
    private Set<Stretch> stretches;
    @Version
    private Long version;

    @PersistenceCreator
    WorkingWeek(UUID therapistId, Set<Stretch> stretches, Long version) {
        this.therapistId = therapistId;
        this.stretches = stretches == null ? new HashSet<>() : new HashSet<>(stretches);
        this.version = version;
    }

    public static WorkingWeek empty(TherapistId therapist) {
        return new WorkingWeek(therapist.value(), Set.of(), null);
    }

    /**
     * Replaces the whole week. Refused with every offending entry named ({@code hours[i]}, by its position in the
     * list) when two stretches of one day overlap; nothing changes then.
     */
    public void replace(List<WorkingHours> hours) {
        List<FieldMessage> problems = new ArrayList<>();
        if (hours.size() > MAX_STRETCHES) {
            problems.add(new FieldMessage("hours", "working-hours.too-many", List.of(MAX_STRETCHES)));
        }
        for (int i = 0; i < hours.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (hours.get(i).overlaps(hours.get(j))) {
                    problems.add(new FieldMessage("hours[" + i + "]", "working-hours.overlap", List.of(j + 1)));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("invalid-working-hours", "working-hours.invalid", problems);
        }
        stretches = new HashSet<>();
        hours.forEach(h -> stretches.add(new Stretch(h.day(), h.start(), h.end())));
    }

    public TherapistId therapistId() {
        return new TherapistId(therapistId);
    }

    /** The week in order of weekday and start. */
    public List<WorkingHours> hours() {
        return stretches.stream().map(Stretch::hours).sorted(ORDER).toList();
    }

    @Table("working_interval")
    record Stretch(DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {

        WorkingHours hours() {
            return new WorkingHours(dayOfWeek, startsAt, endsAt);
        }
    }
}
