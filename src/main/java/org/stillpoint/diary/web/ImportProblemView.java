package org.stillpoint.diary.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.stillpoint.diary.DiaryImport;

/** One problem of a diary file in the reader's language: the line its row begins on, the column, and why. */
record ImportProblemView(Integer line, String field, String message) {

    static List<ImportProblemView> of(DiaryImport result, MessageSource messages, Locale locale) {
        return result.problems().stream().map(p -> new ImportProblemView(p.line(), p.field(),
                messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))).toList();
    }
}
