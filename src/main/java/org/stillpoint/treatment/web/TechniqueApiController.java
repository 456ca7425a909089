package org.stillpoint.treatment.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.NotFound;
import org.stillpoint.treatment.AttackUse;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.TechniqueCatalogue;
import org.stillpoint.treatment.TechniqueDetails;
import org.stillpoint.treatment.TechniqueView;

/** The technique catalogue for programs: anyone reads it, the owner changes a technique. */
@RestController
@RequestMapping("/api/v1/techniques")
class TechniqueApiController {

    private final TechniqueCatalogue catalogue;

    TechniqueApiController(TechniqueCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<TechniqueView> all() {
        return catalogue.all();
    }

    @GetMapping("/{technique}")
    TechniqueView one(@PathVariable Technique technique) {
        return catalogue.find(technique).orElseThrow(() -> new NotFound("technique"));
    }

    /** 400 naming each wrong field; 409 when it changed since {@code version}. */
    @PutMapping("/{technique}")
    TechniqueView update(@PathVariable Technique technique, @Valid @RequestBody TechniqueForm form) {
        return catalogue.update(technique, new TechniqueDetails(form.description(), form.areas(),
                form.defaultPressure(), Boolean.TRUE.equals(form.heat()), form.duringAttack(), form.attackNote(),
                form.version()));
    }

    record TechniqueForm(String description, Set<BodyArea> areas, Integer defaultPressure, Boolean heat,
                         AttackUse duringAttack, String attackNote,
                         @NotNull(message = "{field.required}") Long version) {
    }
}
