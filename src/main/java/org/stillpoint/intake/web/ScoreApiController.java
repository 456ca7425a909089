package org.stillpoint.intake.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.DisabilityScores;
import org.stillpoint.intake.Hit6Entry;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.MidasEntry;
import org.stillpoint.intake.web.ApiResponses.Hit6;
import org.stillpoint.intake.web.ApiResponses.Midas;
import org.stillpoint.intake.web.ApiResponses.Scores;

/**
 * MIDAS forms and HIT-6 totals as staff copy them in, by item number and total only: the instruments' wording is
 * not shipped (clinical-reference §3, §8.7). Out-of-range numbers answer 400 naming the field.
 */
@RestController
@RequestMapping("/api/v1/clients/{id}")
class ScoreApiController {

    private final Intake intake;
    private final Wording wording;

    ScoreApiController(Intake intake, Wording wording) {
        this.intake = intake;
        this.wording = wording;
    }

    /** 201; a form with an empty item among 1 to 5 is kept without a score. */
    @PostMapping("/midas")
    ResponseEntity<Midas> midas(@PathVariable UUID id, @Valid @RequestBody MidasEntryForm request) {
        MidasEntry entry = intake.recordMidas(new ClientId(id), request.administeredOn(), request.toForm());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/scores")).body(Midas.of(entry, wording));
    }

    @PostMapping("/hit6")
    ResponseEntity<Hit6> hit6(@PathVariable UUID id, @Valid @RequestBody Hit6EntryForm request) {
        Hit6Entry entry = intake.recordHit6(new ClientId(id), request.administeredOn(), request.total());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/scores")).body(Hit6.of(entry, wording));
    }

    @GetMapping("/scores")
    Scores scores(@PathVariable UUID id) {
        DisabilityScores scores = intake.scores(new ClientId(id));
        return new Scores(scores.midas().stream().map(m -> Midas.of(m, wording)).toList(),
                scores.hit6().stream().map(h -> Hit6.of(h, wording)).toList(), scores.midasDue().orElse(null));
    }
}
