package org.stillpoint.diary;

import org.stillpoint.platform.InvalidInput;

/** A diary file that cannot be imported (400), with every problem by line; nothing of it was saved. */
public class DiaryImportRefused extends InvalidInput {

    private final transient DiaryImport result;

    public DiaryImportRefused(DiaryImport result) {
        super("invalid-diary-import", "diary.import.invalid", result.problems().stream()
                .map(p -> new FieldMessage(p.line() == null ? p.field() : "line " + p.line() + ": " + p.field(),
                        p.messageKey(), p.args()))
                .toList(), result.problems().size() + result.unlisted());
        this.result = result;
    }

    public DiaryImport result() {
        return result;
    }
}
