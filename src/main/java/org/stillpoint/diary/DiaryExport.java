package org.stillpoint.diary;

import java.time.LocalDate;

/** The whole diary as a CSV file (docs/diary-csv.md), made on {@code madeOn}, the client's today. */
public record DiaryExport(LocalDate madeOn, String csv) {
}
