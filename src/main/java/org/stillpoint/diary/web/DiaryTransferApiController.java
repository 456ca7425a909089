package org.stillpoint.diary.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.DiaryImport;
import org.stillpoint.diary.DiaryImportRefused;
import org.stillpoint.diary.DiaryTransfer;

/**
 * The diary as a CSV file for programs (docs/diary-csv.md): the export for whoever may read the diary, and the import
 * into the client's own diary, checked whole with {@code dryRun=true} or added whole. A file that cannot be imported is
 * 400 problem+json listing every problem as {@code {line, field, message}}.
 */
@RestController
@RequestMapping("/api/v1")
class DiaryTransferApiController {

    static final String PROBLEM_TYPE = "urn:stillpoint:problem:invalid-diary-import";

    private final DiaryTransfer transfer;
    private final MessageSource messages;

    DiaryTransferApiController(DiaryTransfer transfer, MessageSource messages) {
        this.transfer = transfer;
        this.messages = messages;
    }

    @GetMapping("/clients/{id}/diary/export.csv")
    ResponseEntity<String> export(@PathVariable UUID id) {
        return CsvDownload.of(transfer.export(new ClientId(id)));
    }

    /** The file as the request body ({@code text/csv}, UTF-8); at most {@link DiaryTransfer#MAX_BYTES} are read. */
    @PostMapping(path = "/clients/{id}/diary/import", consumes = {"text/csv", "text/plain"})
    ImportResponse importCsv(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean dryRun,
                             InputStream body) throws IOException {
        byte[] csv = body.readNBytes(DiaryTransfer.MAX_BYTES + 1);
        ClientId client = new ClientId(id);
        DiaryImport result = dryRun ? transfer.checkImport(client, csv) : transfer.importCsv(client, csv);
        if (!result.valid()) {
            throw new DiaryImportRefused(result);
        }
        return new ImportResponse(!dryRun, result.attacks(), result.days(), result.from(), result.to());
    }

    @ExceptionHandler(DiaryImportRefused.class)
    ResponseEntity<ProblemDetail> refused(DiaryImportRefused refused, Locale locale) {
        DiaryImport result = refused.result();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create(PROBLEM_TYPE));
        problem.setTitle(messages.getMessage("problem.title.invalid-diary-import", null, locale));
        problem.setDetail(messages.getMessage(refused.messageKey(), refused.args(), locale));
        problem.setProperty("errors", ImportProblemView.of(result, messages, locale));
        problem.setProperty("unlisted", result.unlisted());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * @param imported false for a dry run: nothing was saved
     */
    record ImportResponse(boolean imported, int attacks, int days, LocalDate from, LocalDate to) {
    }
}
