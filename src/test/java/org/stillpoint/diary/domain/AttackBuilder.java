package org.stillpoint.diary.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AuraSymptom;
import org.stillpoint.diary.AuraType;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.Side;

/** Attacks for day-counting tests, from local times in a zone; no features unless asked for. */
final class AttackBuilder {

    private final ZoneId zone;
    private Instant start;
    private Instant end;
    private Intensity intensity = Intensity.MILD;
    private Side side;
    private PainQuality quality;
    private Boolean worse;
    private Nausea nausea;
    private Boolean vomiting;
    private Boolean photophobia;
    private Boolean phonophobia;
    private final List<AuraSymptom> aura = new ArrayList<>();
    private final List<MedicineTaken> medicines = new ArrayList<>();

    private AttackBuilder(ZoneId zone) {
        this.zone = zone;
    }

    static AttackBuilder in(ZoneId zone) {
        return new AttackBuilder(zone);
    }

    AttackBuilder from(String localStart) {
        start = LocalDateTime.parse(localStart).atZone(zone).toInstant();
        return this;
    }

    AttackBuilder to(String localEnd) {
        end = LocalDateTime.parse(localEnd).atZone(zone).toInstant();
        return this;
    }

    AttackBuilder stillGoing() {
        end = null;
        return this;
    }

    /** ICHD-3 1.1 C and D met: unilateral, pulsating, severe, worse with activity, nausea, photo- and phonophobia. */
    AttackBuilder migraineFeatures() {
        side = Side.LEFT;
        quality = PainQuality.PULSATING;
        intensity = Intensity.SEVERE;
        worse = true;
        nausea = Nausea.MODERATE;
        vomiting = false;
        photophobia = true;
        phonophobia = true;
        return this;
    }

    AttackBuilder intensity(Intensity value) {
        intensity = value;
        return this;
    }

    AttackBuilder side(Side value) {
        side = value;
        return this;
    }

    AttackBuilder quality(PainQuality value) {
        quality = value;
        return this;
    }

    AttackBuilder worseWithActivity(Boolean value) {
        worse = value;
        return this;
    }

    AttackBuilder nausea(Nausea value) {
        nausea = value;
        return this;
    }

    AttackBuilder vomiting(Boolean value) {
        vomiting = value;
        return this;
    }

    AttackBuilder light(Boolean photo, Boolean phono) {
        photophobia = photo;
        phonophobia = phono;
        return this;
    }

    AttackBuilder aura(AuraType type, int minutes) {
        aura.add(new AuraSymptom(type, true, minutes, Side.RIGHT));
        return this;
    }

    AttackBuilder medicine(DrugClass drugClass, String localTime, MedicineEffect effect) {
        medicines.add(new MedicineTaken(drugClass.name().toLowerCase(), drugClass,
                localTime == null ? null : LocalDateTime.parse(localTime).atZone(zone).toInstant(), effect));
        return this;
    }

    AttackEntry build() {
        return new AttackEntry(start, end, false, null, intensity, side, List.of(), quality, worse, nausea, vomiting,
                photophobia, phonophobia, aura, medicines, List.of(), List.of(), List.of(), List.of(), null);
    }
}
