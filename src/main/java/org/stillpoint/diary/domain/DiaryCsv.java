package org.stillpoint.diary.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AuraSymptom;
import org.stillpoint.diary.AuraType;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.Disruption;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.SelfCare;
import org.stillpoint.diary.Side;

/**
 * The diary as one CSV file, written and read exactly as docs/diary-csv.md describes: RFC 4180, UTF-8, a header row,
 * then a row per attack ({@code ATTACK}) and per checked-in day ({@code DAY}). Reading names every problem by the line
 * its row begins on and the column (or part of a column) it is in; the rules of the diary itself are checked later
 * ({@link DiaryImportRules}).
 */
public final class DiaryCsv {

    public static final String ATTACK = "ATTACK";
    public static final String DAY = "DAY";
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    /** The columns, in the order a file is written in; a file read may have them in any order and leave some out. */
    public static final List<String> COLUMNS = List.of("record", "date", "status", "menstruation", "start", "end",
            "fellAsleep", "peakPain", "intensity", "side", "areas", "quality", "worseWithActivity", "nausea",
            "vomiting", "photophobia", "phonophobia", "aura", "medicines", "triggers", "ownTriggers", "selfCare",
            "stopped", "notes");

    private static final Set<String> DAY_ONLY = Set.of("date", "status", "menstruation");
    private static final Set<String> ATTACK_ONLY = COLUMNS.stream()
            .filter(c -> !DAY_ONLY.contains(c) && !c.equals("record") && !c.equals("notes"))
            .collect(Collectors.toUnmodifiableSet());
    private static final String FORMULA_STARTS = "=+-@\t\r'";
    private static final char LIST = '|';
    private static final char PART = ';';
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private DiaryCsv() {
    }

    // --- writing ---

    /** The diary as a file: the attacks (by start), then the days (by date), times with the offset of {@code zone}. */
    public static String write(List<AttackEntry> attacks, List<DiaryDay> days, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (AttackEntry a : attacks) {
            Map<String, String> cells = new HashMap<>();
            cells.put("record", ATTACK);
            cells.put("start", time(a.start(), zone));
            cells.put("end", time(a.end(), zone));
            cells.put("fellAsleep", text(a.fellAsleep()));
            cells.put("peakPain", text(a.peakPain()));
            cells.put("intensity", text(a.intensity()));
            cells.put("side", text(a.side()));
            cells.put("areas", list(a.areas(), DiaryCsv::escape));
            cells.put("quality", text(a.quality()));
            cells.put("worseWithActivity", text(a.worseWithActivity()));
            cells.put("nausea", text(a.nausea()));
            cells.put("vomiting", text(a.vomiting()));
            cells.put("photophobia", text(a.photophobia()));
            cells.put("phonophobia", text(a.phonophobia()));
            cells.put("aura", list(a.aura(), s -> parts(
                    "type", text(s.type()), "positive", text(s.positive()), "minutes", text(s.minutes()),
                    "side", text(s.side()))));
            cells.put("medicines", list(a.medicines(), m -> parts(
                    "product", m.product(), "drugClass", text(m.drugClass()), "takenAt", time(m.takenAt(), zone),
                    "effect", text(m.effect()))));
            cells.put("triggers", list(a.triggers(), DiaryCsv::escape));
            cells.put("ownTriggers", guard(list(a.ownTriggers(), DiaryCsv::escape)));
            cells.put("selfCare", list(a.selfCare(), Enum::name));
            cells.put("stopped", list(a.stopped(), Enum::name));
            cells.put("notes", guard(a.notes()));
            row(out, COLUMNS.stream().map(c -> cells.getOrDefault(c, "")).toList());
        }
        for (DiaryDay d : days) {
            Map<String, String> cells = Map.of("record", DAY, "date", d.day().toString(), "status", d.status().name(),
                    "menstruation", text(d.menstruation()), "notes", guard(d.note()));
            row(out, COLUMNS.stream().map(c -> cells.getOrDefault(c, "")).toList());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
                    || cell.indexOf('\n') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append(CRLF);
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(OffsetDateTime.ofInstant(instant, zone));
    }

    private static <T> String list(List<T> items, Function<T, String> item) {
        return items.stream().map(i -> i == null ? "" : item.apply(i)).collect(Collectors.joining(
                String.valueOf(LIST)));
    }

    /** {@code key=value} parts of a list item, the empty ones left out. */
    private static String parts(String... keysAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String value = keysAndValues[i + 1];
            if (value != null && !value.isEmpty()) {
                parts.add(keysAndValues[i] + "=" + escape(value));
            }
        }
        return String.join(String.valueOf(PART), parts);
    }

    // --- reading ---

    /** A row of the file with what could be read from it. */
    public sealed interface Row permits AttackRow, DayRow {
        int line();

        /** The columns (or parts of columns) that could not be read, already named in the problems. */
        Set<String> unreadable();
    }

    /** An attack row: the entry as read, its unreadable parts left null. */
    public record AttackRow(int line, AttackEntry entry, Set<String> unreadable) implements Row {
    }

    /** A check-in row. */
    public record DayRow(int line, LocalDate day, DayStatus status, Boolean menstruation, String note,
                         Set<String> unreadable) implements Row {
    }

    /**
     * Reads the rows of a file, adding every problem found to {@code problems}; a file too large, not UTF-8, with too
     * many rows or without a usable header gives no rows.
     */
    public static List<Row> read(byte[] content, ImportProblems problems) {
        if (content.length > MAX_BYTES) {
            problems.add(null, "file", "diary.csv.too-large", MAX_BYTES / (1024 * 1024));
            return List.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(null, "file", "diary.csv.not-utf8");
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = new Records(text, problems).all();
        if (records.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(null, "file", "diary.csv.empty");
            }
            return List.of();
        }
        if (records.size() - 1 > MAX_ROWS) {
            problems.add(null, "file", "diary.csv.too-many-rows", MAX_ROWS);
            return List.of();
        }
        Record header = records.get(0);
        List<String> columns = header(header, problems);
        if (columns == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.broken()) {
                continue;
            }
            if (record.cells().size() != columns.size()) {
                problems.add(record.line(), "record", "diary.csv.cell-count", record.cells().size(),
                        columns.size());
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) != null) {
                    cells.put(columns.get(i), record.cells().get(i));
                }
            }
            Row row = new Cells(record.line(), cells, problems).row();
            if (row != null) {
                rows.add(row);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(null, "file", "diary.csv.empty");
        }
        return rows;
    }

    /** The known columns of the header by position (null for an unknown one), or null when it has no record column. */
    private static List<String> header(Record header, ImportProblems problems) {
        Map<String, String> known = COLUMNS.stream()
                .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), Function.identity()));
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean usable = !header.broken();
        for (String name : header.cells()) {
            String column = known.get(name.strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                problems.add(header.line(), name.strip().isEmpty() ? "record" : name.strip(),
                        "diary.csv.unknown-column", String.join(", ", COLUMNS));
            } else if (!seen.add(column)) {
                problems.add(header.line(), column, "diary.csv.repeated-column");
                column = null;
                usable = false;
            }
            columns.add(column);
        }
        if (!seen.contains("record")) {
            problems.add(header.line(), "record", "diary.csv.no-record-column");
            usable = false;
        }
        return usable ? columns : null;
    }

    /** One record of the file: its cells and the line it begins on; a broken one was named in the problems. */
    private record Record(int line, List<String> cells, boolean broken) {
    }

    /** RFC 4180 records, each with the line it begins on; blank lines are skipped. */
    private static final class Records {

        private final String text;
        private final ImportProblems problems;
        private final List<Record> records = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private StringBuilder cell = new StringBuilder();
        private boolean quoted;
        private boolean closed;
        private boolean broken;
        private int line = 1;
        private int recordLine = 1;

        Records(String text, ImportProblems problems) {
            this.text = text;
            this.problems = problems;
        }

        List<Record> all() {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                        closed = true;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == ',') {
                    endCell();
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    endRecord();
                    line++;
                    recordLine = line;
                } else if (c == '"' && cell.isEmpty() && !closed) {
                    quoted = true;
                } else {
                    if (closed || c == '"') {
                        brokenRecord("diary.csv.stray-quote");
                    }
                    cell.append(c);
                }
            }
            if (quoted) {
                brokenRecord("diary.csv.open-quote");
            }
            if (!cell.isEmpty() || !cells.isEmpty() || closed) {
                endRecord();
            }
            return records;
        }

        private void brokenRecord(String messageKey) {
            if (!broken) {
                problems.add(recordLine, "record", messageKey);
                broken = true;
            }
        }

        private void endCell() {
            cells.add(cell.toString());
            cell = new StringBuilder();
            closed = false;
        }

        private void endRecord() {
            boolean blank = cells.isEmpty() && cell.isEmpty() && !closed;
            endCell();
            if (!blank) {
                records.add(new Record(recordLine, List.copyOf(cells), broken));
            }
            cells = new ArrayList<>();
            broken = false;
        }
    }

    /** The cells of one row, read into an attack or a day; each problem is named by its column. */
    private static final class Cells {

        private final int line;
        private final Map<String, String> cells;
        private final ImportProblems problems;
        private final Set<String> unreadable = new HashSet<>();

        Cells(int line, Map<String, String> cells, ImportProblems problems) {
            this.line = line;
            this.cells = cells;
            this.problems = problems;
        }

        Row row() {
            String record = cells.getOrDefault("record", "").strip().toUpperCase(Locale.ROOT);
            if (record.equals(ATTACK)) {
                onlyEmpty(DAY_ONLY, "diary.csv.not-for-attack");
                return attack();
            }
            if (record.equals(DAY)) {
                onlyEmpty(ATTACK_ONLY, "diary.csv.not-for-day");
                return new DayRow(line, date("date"), value("status", DayStatus.class), bool("menstruation"),
                        freeText("notes"), Set.copyOf(unreadable));
            }
            problem("record", "diary.csv.unknown-record", ATTACK + ", " + DAY);
            return null;
        }

        private AttackRow attack() {
            AttackEntry entry = new AttackEntry(instant("start", cell("start")), instant("end", cell("end")),
                    bool("fellAsleep"), integer("peakPain", cell("peakPain")), value("intensity", Intensity.class),
                    value("side", Side.class), words("areas"), value("quality", PainQuality.class),
                    bool("worseWithActivity"), value("nausea", Nausea.class), bool("vomiting"), bool("photophobia"),
                    bool("phonophobia"), aura(), medicines(), words("triggers"), ownTriggers(),
                    values("selfCare", SelfCare.class), values("stopped", Disruption.class), freeText("notes"));
            return new AttackRow(line, entry, Set.copyOf(unreadable));
        }

        private void onlyEmpty(Set<String> columns, String messageKey) {
            for (String column : COLUMNS) {
                if (columns.contains(column) && cell(column) != null) {
                    problem(column, messageKey);
                }
            }
        }

        /** The cell, or null when it is empty or the file has no such column. */
        private String cell(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value;
        }

        private void problem(String field, String messageKey, Object... args) {
            problems.add(line, field, messageKey, args);
            unreadable.add(field);
        }

        private Instant instant(String field, String value) {
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value.strip(), TIME).toInstant();
            } catch (DateTimeParseException e) {
                problem(field, "diary.csv.wrong-time");
                return null;
            }
        }

        private LocalDate date(String column) {
            String value = cell(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                problem(column, "diary.csv.wrong-date");
                return null;
            }
        }

        private Integer integer(String field, String value) {
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                problem(field, "diary.csv.wrong-number");
                return null;
            }
        }

        private Boolean bool(String column) {
            return bool(column, cell(column));
        }

        private Boolean bool(String field, String value) {
            if (value == null) {
                return null;
            }
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return Boolean.valueOf(v);
            }
            problem(field, "diary.csv.wrong-boolean");
            return null;
        }

        private <E extends Enum<E>> E value(String column, Class<E> type) {
            return value(column, cell(column), type);
        }

        private <E extends Enum<E>> E value(String field, String value, Class<E> type) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(field, "diary.csv.unknown-value", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
                return null;
            }
        }

        /** Words of a vocabulary the rules know (areas, triggers); an empty one stays null for the rules to name. */
        private List<String> words(String column) {
            return split(cell(column), LIST).stream().map(w -> {
                String word = unescape(w).strip();
                return word.isEmpty() ? null : word.toUpperCase(Locale.ROOT);
            }).toList();
        }

        private <E extends Enum<E>> List<E> values(String column, Class<E> type) {
            List<String> items = split(cell(column), LIST);
            List<E> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String item = unescape(items.get(i));
                if (item.isBlank()) {
                    problem(column + "[" + i + "]", "diary.csv.empty-item");
                    values.add(null);
                } else {
                    values.add(value(column + "[" + i + "]", item, type));
                }
            }
            return values;
        }

        private List<String> ownTriggers() {
            return split(unguard(cell("ownTriggers")), LIST).stream().map(DiaryCsv::unescape).toList();
        }

        private String freeText(String column) {
            return unguard(cell(column));
        }

        private List<AuraSymptom> aura() {
            List<AuraSymptom> aura = new ArrayList<>();
            List<String> items = split(cell("aura"), LIST);
            for (int i = 0; i < items.size(); i++) {
                String field = "aura[" + i + "]";
                Map<String, String> parts = parts(field, items.get(i), Set.of("type", "positive", "minutes", "side"));
                aura.add(parts == null ? null : new AuraSymptom(
                        value(field + ".type", parts.get("type"), AuraType.class),
                        bool(field + ".positive", parts.get("positive")),
                        integer(field + ".minutes", parts.get("minutes")),
                        value(field + ".side", parts.get("side"), Side.class)));
            }
            return aura;
        }

        private List<MedicineTaken> medicines() {
            List<MedicineTaken> medicines = new ArrayList<>();
            List<String> items = split(cell("medicines"), LIST);
            for (int i = 0; i < items.size(); i++) {
                String field = "medicines[" + i + "]";
                Map<String, String> parts = parts(field, items.get(i),
                        Set.of("product", "drugClass", "takenAt", "effect"));
                medicines.add(parts == null ? null : new MedicineTaken(parts.get("product"),
                        value(field + ".drugClass", parts.get("drugClass"), DrugClass.class),
                        instant(field + ".takenAt", parts.get("takenAt")),
                        value(field + ".effect", parts.get("effect"), MedicineEffect.class)));
            }
            return medicines;
        }

        /** The {@code key=value} parts of a list item (values unescaped), or null when the item cannot be read. */
        private Map<String, String> parts(String field, String item, Set<String> keys) {
            if (item.isBlank()) {
                problem(field, "diary.csv.empty-item");
                return null;
            }
            Map<String, String> parts = new HashMap<>();
            boolean readable = true;
            for (String part : split(item, PART)) {
                if (part.isBlank()) {
                    continue;
                }
                int equals = part.indexOf('=');
                String key = equals < 0 ? null : unescape(part.substring(0, equals)).strip();
                if (key == null || !keys.contains(key)) {
                    problem(field, "diary.csv.unknown-part", String.join(", ", keys.stream().sorted().toList()));
                    readable = false;
                } else if (parts.put(key, blankToNull(unescape(part.substring(equals + 1)))) != null) {
                    problem(field + "." + key, "diary.csv.repeated-part");
                    readable = false;
                }
            }
            return readable ? parts : null;
        }
    }

    // --- the parts of a cell ---

    /** A backslash before a list or part separator, or before itself, makes it plain text. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == LIST || c == PART) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The pieces of {@code text} between separators that no backslash escapes, still escaped; none for null. */
    static List<String> split(String text, char separator) {
        if (text == null) {
            return List.of();
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                piece.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                pieces.add(piece.toString());
                piece = new StringBuilder();
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /**
     * Free text that a spreadsheet would take for a formula (it begins with {@code = + - @}, a tab or a carriage
     * return) gets an apostrophe in front, and so does text that begins with an apostrophe, so that reading the file
     * takes exactly one away again.
     */
    static String guard(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String unguard(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
