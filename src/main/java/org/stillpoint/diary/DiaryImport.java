package org.stillpoint.diary;

import java.time.LocalDate;
import java.util.List;

/**
 * What a diary file (docs/diary-csv.md) adds to the diary, or why it cannot: its attacks and days, the first and last
 * day it covers (null for a file without rows), and every problem found, by the line of the file it is on. A file
 * with any problem adds nothing.
 *
 * @param unlisted problems found beyond the {@link #MAX_LISTED} listed ones
 */
public record DiaryImport(int attacks, int days, LocalDate from, LocalDate to, List<Problem> problems,
                          int unlisted) {

    /** The most problems one answer lists. */
    public static final int MAX_LISTED = 1000;

    public DiaryImport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && unlisted == 0;
    }

    /**
     * One problem: the line of the file the row begins on (null for the file as a whole), the column or part of it
     * ({@code medicines[1].takenAt}), and the message key with its arguments.
     */
    public record Problem(Integer line, String field, String messageKey, List<Object> args) {

        public Problem {
            java.util.Objects.requireNonNull(field, "field");
            java.util.Objects.requireNonNull(messageKey, "messageKey");
            args = args == null ? List.of() : List.copyOf(args);
        }
    }
}
