package org.stillpoint.therapists;

import static org.stillpoint.clinic.Technique.CRANIOSACRAL;
import static org.stillpoint.clinic.Technique.HOT_STONE;
import static org.stillpoint.clinic.Technique.LYMPHATIC_DRAINAGE;
import static org.stillpoint.clinic.Technique.MEDICAL_MASSAGE;
import static org.stillpoint.clinic.Technique.REFLEXOLOGY;
import static org.stillpoint.clinic.Technique.SWEDISH;
import static org.stillpoint.clinic.Technique.TRIGGER_POINT;

import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.stereotype.Component;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.platform.DemoDataContributor;

/** One demo therapist of each provider type; {@code therapist@demo.stillpoint.test} is the medical massage therapist. */
@Component
class TherapistDemoData implements DemoDataContributor {

    private final Therapists therapists;

    TherapistDemoData(Therapists therapists) {
        this.therapists = therapists;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute() {
        therapists.addForDemo("therapist@demo.stillpoint.test", new TherapistDetails("Theo Marsh",
                ProviderType.MEDICAL_MASSAGE_THERAPIST, "LMT-48213", "Headache and migraine massage, 40 h",
                LocalDate.of(2023, 4, 14), EnumSet.of(MEDICAL_MASSAGE, TRIGGER_POINT, SWEDISH, HOT_STONE),
                "Gentle, quiet sessions for people with migraine and tension-type headache.", true));
        therapists.addForDemo("nina.neuro@demo.stillpoint.test", new TherapistDetails("Nina Okafor",
                ProviderType.NEUROMUSCULAR_THERAPIST, "NMT-20931", "Neuromuscular therapy for head and neck pain",
                LocalDate.of(2022, 9, 2), EnumSet.of(TRIGGER_POINT, MEDICAL_MASSAGE, SWEDISH),
                "Trigger-point work on the suboccipitals, trapezius and jaw.", true));
        therapists.addForDemo("cara.cranio@demo.stillpoint.test", new TherapistDetails("Cara Lindqvist",
                ProviderType.CRANIOSACRAL_THERAPIST, "CST-7710", "Craniosacral therapy I–II, headache focus",
                LocalDate.of(2021, 6, 20), EnumSet.of(CRANIOSACRAL, LYMPHATIC_DRAINAGE, SWEDISH),
                "Very light touch, for clients who cannot bear pressure.", true));
        therapists.addForDemo("sam.spa@demo.stillpoint.test", new TherapistDetails("Sam Rivera",
                ProviderType.SPA_MASSAGE_THERAPIST, "LMT-55102", "Migraine-friendly spa practice",
                LocalDate.of(2024, 2, 8), EnumSet.of(SWEDISH, HOT_STONE, REFLEXOLOGY),
                "Calm Swedish and reflexology sessions between attacks.", true));
        therapists.addForDemo("priya.pt@demo.stillpoint.test", new TherapistDetails("Priya Shah",
                ProviderType.PHYSICAL_THERAPIST, "PT-90317", "Cervicogenic and tension-type headache",
                LocalDate.of(2020, 11, 5), EnumSet.of(MEDICAL_MASSAGE, TRIGGER_POINT, CRANIOSACRAL, LYMPHATIC_DRAINAGE),
                "Physical therapist: posture, neck and jaw.", true));
    }
}
