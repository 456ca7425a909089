package org.stillpoint.intake.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.domain.IntakeAnswers;
import org.stillpoint.intake.web.ApiResponses.Draft;
import org.stillpoint.intake.web.ApiResponses.Submission;
import org.stillpoint.intake.web.ApiResponses.Summary;
import org.stillpoint.intake.web.ApiResponses.Version;
import org.stillpoint.intake.web.ApiResponses.VersionLine;
import org.stillpoint.platform.NotFound;

/**
 * A client's intake for programs: submitting it (each submission a new version, screened at once), its history,
 * the draft and the summary card. The body of a submission or a draft is the answers as JSON.
 */
@RestController
@RequestMapping("/api/v1/clients/{id}")
class IntakeApiController {

    private final Intake intake;
    private final Wording wording;

    IntakeApiController(Intake intake, Wording wording) {
        this.intake = intake;
        this.wording = wording;
    }

    /** Submits the answers; 400 naming every answer that is missing or wrong, and nothing is stored then. */
    @PutMapping("/intake")
    Submission submit(@PathVariable UUID id, @RequestBody IntakeAnswers answers) {
        return Submission.of(intake.submit(new ClientId(id), answers), wording);
    }

    /** The latest submitted intake; 404 before the first one. */
    @GetMapping("/intake")
    Version latest(@PathVariable UUID id) {
        return intake.latest(new ClientId(id)).map(v -> Version.of(v, wording))
                .orElseThrow(() -> new NotFound("intake"));
    }

    @GetMapping("/intake/versions")
    List<VersionLine> versions(@PathVariable UUID id) {
        return intake.versions(new ClientId(id)).stream().map(VersionLine::of).toList();
    }

    @GetMapping("/intake/versions/{number}")
    Version version(@PathVariable UUID id, @PathVariable int number) {
        return Version.of(intake.version(new ClientId(id), number), wording);
    }

    @GetMapping("/intake/draft")
    Draft draft(@PathVariable UUID id) {
        return Draft.of(intake.draft(new ClientId(id)), wording);
    }

    /** Saves the draft whatever it holds, and answers what still stands in the way of submitting it. */
    @PutMapping("/intake/draft")
    Draft saveDraft(@PathVariable UUID id, @RequestBody IntakeAnswers answers) {
        return Draft.of(intake.saveDraft(new ClientId(id), answers), wording);
    }

    @GetMapping("/intake/summary")
    Summary summary(@PathVariable UUID id) {
        return Summary.of(intake.summary(new ClientId(id)), wording);
    }
}
