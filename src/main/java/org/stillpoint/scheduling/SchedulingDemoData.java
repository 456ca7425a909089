package org.stillpoint.scheduling;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.stillpoint.platform.DemoDataContributor;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/**
 * The demo therapists' weeks: weekdays 09:00–12:30 and 13:30–17:00 with a lunch break; every other therapist also
 * works Saturday mornings.
 */
@Component
class SchedulingDemoData implements DemoDataContributor {

    private final WorkingTime workingTime;
    private final Therapists therapists;

    SchedulingDemoData(WorkingTime workingTime, Therapists therapists) {
        this.workingTime = workingTime;
        this.therapists = therapists;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute() {
        List<TherapistView> all = therapists.all();
        for (int i = 0; i < all.size(); i++) {
            boolean alternate = i % 2 == 1;
            List<WorkingHours> week = new ArrayList<>();
            for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
                week.add(new WorkingHours(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
                week.add(new WorkingHours(day, LocalTime.of(13, 30), LocalTime.of(17, 0)));
            }
            if (alternate) {
                week.add(new WorkingHours(SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
            }
            workingTime.setForDemo(all.get(i).id(), week);
        }
    }
}
