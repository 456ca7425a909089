package org.stillpoint.therapists.domain;

import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.clinic.Technique;

@Table("therapist_technique")
public record TherapistTechnique(Technique technique) {
}
