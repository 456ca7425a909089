package org.stillpoint.intake.web;

import org.stillpoint.intake.domain.AuraType;
import org.stillpoint.intake.domain.BloodPressureStatus;
import org.stillpoint.intake.domain.CancerHistory;
import org.stillpoint.intake.domain.DrugClass;
import org.stillpoint.intake.domain.DvtHistory;
import org.stillpoint.intake.domain.HeadacheKind;
import org.stillpoint.intake.domain.MedicineUse;
import org.stillpoint.intake.domain.Nausea;
import org.stillpoint.intake.domain.NeckArteryProblem;
import org.stillpoint.intake.domain.OtherCondition;
import org.stillpoint.intake.domain.PainArea;
import org.stillpoint.intake.domain.PainIntensity;
import org.stillpoint.intake.domain.PainQuality;
import org.stillpoint.intake.domain.PainSide;
import org.stillpoint.intake.domain.PregnancyStatus;
import org.stillpoint.intake.domain.SkinConcern;
import org.stillpoint.intake.domain.Symptom;
import org.stillpoint.intake.domain.ThyroidDisease;
import org.stillpoint.intake.domain.Trigger;
import org.stillpoint.intake.domain.UsualDuration;

/** The options the intake's steps offer, in the order the pages list them. */
record Options(HeadacheKind[] headacheKinds, UsualDuration[] durations, PainSide[] sides, PainQuality[] qualities,
               PainIntensity[] intensities, Nausea[] nauseas, AuraType[] auraTypes, Trigger[] triggers,
               Symptom[] symptoms, MedicineUse[] medicineUses, DrugClass[] drugClasses,
               PregnancyStatus[] pregnancyStatuses, CancerHistory[] cancerHistories, DvtHistory[] dvtHistories,
               BloodPressureStatus[] bloodPressures, ThyroidDisease[] thyroids, NeckArteryProblem[] neckArteries,
               SkinConcern[] skins, OtherCondition[] otherConditions, PainArea[] painAreas) {

    static final Options ALL = new Options(HeadacheKind.values(), UsualDuration.values(), PainSide.values(),
            PainQuality.values(), PainIntensity.values(), Nausea.values(), AuraType.values(), Trigger.values(),
            Symptom.values(), MedicineUse.values(), DrugClass.values(), PregnancyStatus.values(),
            CancerHistory.values(), DvtHistory.values(), BloodPressureStatus.values(), ThyroidDisease.values(),
            NeckArteryProblem.values(), SkinConcern.values(), OtherCondition.values(), PainArea.values());
}
