package org.stillpoint.diary.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.stillpoint.diary.DiaryExport;

/** A diary export as a file to save: {@code text/csv} in UTF-8, named after the day it was made. */
final class CsvDownload {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvDownload() {
    }

    static ResponseEntity<String> of(DiaryExport export) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("headache-diary-" + export.madeOn() + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.csv());
    }
}
