package org.stillpoint.intake.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.Clearance;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.web.ApiResponses.ClearanceLine;
import org.stillpoint.intake.web.ApiResponses.Status;
import org.stillpoint.intake.web.ApiResponses.Treatment;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.Role;

/**
 * Clinicians' clearances, recorded by the owner or the front desk, and whether a client may be treated: with the
 * reasons and limits for those who may see clinical records, as a status for the front desk.
 */
@RestController
@RequestMapping("/api/v1/clients/{id}")
class ClearanceApiController {

    private final Intake intake;
    private final Wording wording;

    ClearanceApiController(Intake intake, Wording wording) {
        this.intake = intake;
        this.wording = wording;
    }

    /** 201 with the clearance; 400 naming every field that is missing or wrong. */
    @PostMapping("/clearances")
    ResponseEntity<ClearanceLine> record(@PathVariable UUID id, @RequestBody ClearanceForm request) {
        Clearance clearance = intake.recordClearance(new ClientId(id), request.toNewClearance());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/clearances/" + clearance.id()))
                .body(ClearanceLine.of(clearance));
    }

    @GetMapping("/clearances")
    List<ClearanceLine> clearances(@PathVariable UUID id) {
        return intake.clearances(new ClientId(id)).stream().map(ClearanceLine::of).toList();
    }

    /** The front desk gets the status only (DESIGN §1); everyone else who may see the client, the reasons too. */
    @GetMapping("/treatment-clearance")
    Object treatmentClearance(@PathVariable UUID id, CurrentUser caller) {
        ClientId client = new ClientId(id);
        return caller.is(Role.FRONT_DESK) ? Status.of(intake.clearanceStatus(client))
                : Treatment.of(intake.treatmentClearance(client), wording);
    }
}
