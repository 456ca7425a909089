package org.stillpoint.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Fills an empty, migrated Stillpoint database with a large clinic, straight into the tables with JDBC batches:
 * 40 therapists, 20 rooms, five session types, working weeks, holidays and closures, clients, and appointments
 * for {@link Size#historyYears} years back plus {@link Size#futureWeeks} weeks ahead.
 * <p>
 * The week: the clinic is open Monday to Saturday; each therapist works four of those days, either the early
 * shift (08:00–14:00) or the late one (14:15–20:15), so that at most 14 therapists work at once and each has a
 * room of their own for the shift. A shift holds five 60-minute sessions 75 minutes apart (the clinic's buffer is
 * 10 minutes); each is booked with the given density. In the past, booked sessions are completed or (one in
 * thirty) missed, and half of the sessions left free hold a cancelled appointment instead; ahead of today they are
 * booked. Therapists take two weeks of holiday a year; the clinic closes on 1 January, 4 July and 25 December.
 * <p>
 * Ids that scripts need are predictable: {@link #id(int, int)}, e.g. therapist 7 is
 * {@code 00000000-0000-4000-8001-000000000007}.
 */
public final class ClinicGenerator {

    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    public static final int THERAPISTS = 40;
    public static final int ROOMS = 20;
    public static final int CLIENTS = 3000;
    public static final int STEP_MINUTES = 15;
    public static final int BUFFER_MINUTES = 10;

    static final int THERAPIST = 1;
    static final int ROOM = 2;
    static final int SESSION_TYPE = 3;
    static final int CLIENT = 4;
    static final int ACCOUNT = 5;

    /** The session types, by number: {@link #id(int, int)} with {@link #SESSION_TYPE}. */
    public static final int CONSULTATION = 1;
    public static final int MASSAGE_60 = 2;
    public static final int CRANIOSACRAL_45 = 3;
    public static final int ACUTE_RELIEF_30 = 4;
    public static final int HOT_STONE_90 = 5;

    /** Account numbers: the owner and the front desk. */
    public static final int OWNER_ACCOUNT = 1;
    public static final int FRONT_DESK_ACCOUNT = 2;
    public static final String FRONT_DESK_EMAIL = "desk@bench.stillpoint.test";

    private static final LocalTime[] SHIFT_STARTS = {LocalTime.of(8, 0), LocalTime.of(14, 15)};
    private static final Duration SHIFT = Duration.ofHours(6);
    private static final int SESSIONS_PER_SHIFT = 5;
    private static final Duration SESSION = Duration.ofMinutes(60);
    private static final Duration SESSION_EVERY = Duration.ofMinutes(75);
    private static final int BATCH = 2000;

    /**
     * How much to generate.
     *
     * @param historyYears   years of appointments before today
     * @param futureWeeks    weeks of booked appointments from today on
     * @param density        the share of the sessions that are booked (0–1)
     * @param frontDeskHash  the password hash of the front-desk account (as the application's encoder writes it)
     */
    public record Size(int historyYears, int futureWeeks, double density, String frontDeskHash) {
    }

    /** What was generated. */
    public record Summary(int appointments, int inWindow28Days, LocalDate firstDay, LocalDate today,
                          Duration took) {
    }

    private ClinicGenerator() {
    }

    /** Predictable ids: {@code 00000000-0000-4000-8KKK-NNNNNNNNNNNN} for kind K and number N. */
    public static UUID id(int kind, int number) {
        return UUID.fromString(String.format("00000000-0000-4000-8%03d-%012d", kind, number));
    }

    public static Summary generate(DataSource dataSource, Size size) throws SQLException {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(ZONE);
        LocalDate first = today.minusYears(size.historyYears());
        LocalDate last = today.plusWeeks(size.futureWeeks()).minusDays(1);
        Random random = new Random(20261121L);
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            clinic(connection, now);
            accounts(connection, size.frontDeskHash(), now);
            rooms(connection);
            sessionTypes(connection);
            therapists(connection);
            clients(connection, random, now);
            Set<LocalDate> closed = closures(connection, first, last, now);
            Set<String> away = holidays(connection, first, last, now);
            connection.commit();
            dropIndexes(connection);
            int[] counts = appointments(connection, size, first, today, last, closed, away, now);
            connection.commit();
            createIndexes(connection);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            connection.commit();
            return new Summary(counts[0], counts[1], first, today, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The appointment table's indexes (db/migration/common/V8__scheduling.sql): built once after the rows are in. */
    private static final String[] APPOINTMENT_INDEXES = {
            "appointment_start ON appointment (start_at)",
            "appointment_therapist_start ON appointment (therapist_id, start_at)",
            "appointment_room_start ON appointment (room_id, start_at)",
            "appointment_client_start ON appointment (client_id, start_at)"};

    private static void dropIndexes(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String index : APPOINTMENT_INDEXES) {
                statement.execute("DROP INDEX " + index.substring(0, index.indexOf(' ')));
            }
        }
    }

    private static void createIndexes(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String index : APPOINTMENT_INDEXES) {
                statement.execute("CREATE INDEX " + index);
            }
        }
    }

    private static void clinic(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO installation (id, mode, set_up_at) VALUES (1, 'LIVE', ?)")) {
            s.setObject(1, utc(now));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO clinic (id, name, address, phone, time_zone, currency, cancellation_window_hours,
                                    slot_step_minutes, buffer_minutes, version)
                VALUES (1, 'Stillpoint Benchmark Clinic', '1 Quiet Lane', '+1 555 0100', ?, 'USD', 24, ?, ?, 1)""")) {
            s.setString(1, ZONE.getId());
            s.setInt(2, STEP_MINUTES);
            s.setInt(3, BUFFER_MINUTES);
            s.executeUpdate();
        }
    }

    private static void accounts(Connection c, String frontDeskHash, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO account (id, email, display_name, password_hash, role, active, demo, must_change_password,
                                     created_at, version)
                VALUES (?, ?, ?, ?, ?, TRUE, FALSE, FALSE, ?, 1)""")) {
            add(s, id(ACCOUNT, OWNER_ACCOUNT), "owner@bench.stillpoint.test", "Olive Owner", frontDeskHash, "OWNER", utc(now));
            add(s, id(ACCOUNT, FRONT_DESK_ACCOUNT), FRONT_DESK_EMAIL, "Dana Desk", frontDeskHash, "FRONT_DESK", utc(now));
            for (int t = 1; t <= THERAPISTS; t++) {
                add(s, id(ACCOUNT, 100 + t), "therapist" + t + "@bench.stillpoint.test", "Therapist " + t,
                        frontDeskHash, "THERAPIST", utc(now));
            }
            s.executeBatch();
        }
    }

    private static void rooms(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO room (id, name, dimmable, scent_free, soundproofed, heated_table, hot_stone_heater, active,
                                  version)
                VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 1)""")) {
            for (int r = 1; r <= ROOMS; r++) {
                add(s, id(ROOM, r), String.format("Room %02d", r), r % 2 == 0, r % 3 != 0, r % 4 == 0, r % 5 == 0,
                        r % 7 == 0);
            }
            s.executeBatch();
        }
    }

    private static void sessionTypes(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO session_type (id, name, minutes, kind, bookable_online, description, active,
                                          required_technique, sort_order, version)
                VALUES (?, ?, ?, ?, TRUE, NULL, TRUE, ?, ?, 1)""");
             PreparedStatement p = c.prepareStatement(
                     "INSERT INTO session_type_price (session_type_id, provider_type, amount) VALUES (?, ?, ?)")) {
            Object[][] types = {
                    {CONSULTATION, "Free consultation", 30, "CONSULTATION", null, 0},
                    {MASSAGE_60, "Migraine-focused massage, 60 min", 60, "TREATMENT", null, 95},
                    {CRANIOSACRAL_45, "Craniosacral session, 45 min", 45, "TREATMENT", "CRANIOSACRAL", 85},
                    {ACUTE_RELIEF_30, "Acute relief, 30 min", 30, "ACUTE_RELIEF", null, 60},
                    {HOT_STONE_90, "Hot stone, 90 min", 90, "TREATMENT", "HOT_STONE", 130}};
            for (Object[] type : types) {
                UUID id = id(SESSION_TYPE, (Integer) type[0]);
                add(s, id, type[1], type[2], type[3], type[4], type[0]);
                for (String provider : List.of("MEDICAL_MASSAGE_THERAPIST", "NEUROMUSCULAR_THERAPIST",
                        "CRANIOSACRAL_THERAPIST", "SPA_MASSAGE_THERAPIST", "PHYSICAL_THERAPIST")) {
                    add(p, id, provider, new java.math.BigDecimal((Integer) type[5]));
                }
            }
            s.executeBatch();
            p.executeBatch();
        }
    }

    private static final String[] PROVIDERS = {"MEDICAL_MASSAGE_THERAPIST", "NEUROMUSCULAR_THERAPIST",
            "CRANIOSACRAL_THERAPIST", "PHYSICAL_THERAPIST"};

    private static void therapists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO therapist (id, account_id, display_name, provider_type, licence_number, headache_training,
                                       training_completed_on, bio, active, version)
                VALUES (?, ?, ?, ?, ?, 'Headache-focused manual therapy', DATE '2020-06-01', NULL, TRUE, 1)""");
             PreparedStatement techniques = c.prepareStatement(
                     "INSERT INTO therapist_technique (therapist_id, technique) VALUES (?, ?)");
             PreparedStatement weeks = c.prepareStatement(
                     "INSERT INTO working_week (therapist_id, version) VALUES (?, 1)");
             PreparedStatement intervals = c.prepareStatement("""
                     INSERT INTO working_interval (therapist_id, day_of_week, starts_at, ends_at)
                     VALUES (?, ?, ?, ?)""")) {
            for (int t = 1; t <= THERAPISTS; t++) {
                UUID id = id(THERAPIST, t);
                add(s, id, id(ACCOUNT, 100 + t), "Therapist " + t, PROVIDERS[t % PROVIDERS.length], "LIC-" + t);
                add(techniques, id, "MEDICAL_MASSAGE");
                add(techniques, id, "TRIGGER_POINT");
                add(techniques, id, "SWEDISH");
                if (t % 3 == 0) {
                    add(techniques, id, "CRANIOSACRAL");
                }
                if (t % 5 == 0) {
                    add(techniques, id, "HOT_STONE");
                }
                add(weeks, id);
                LocalTime start = shiftStart(t);
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (works(t, day)) {
                        add(intervals, id, day.name(), start, start.plus(SHIFT));
                    }
                }
            }
            s.executeBatch();
            techniques.executeBatch();
            weeks.executeBatch();
            intervals.executeBatch();
        }
    }

    /** Monday to Saturday, minus two days that depend on the therapist. */
    static boolean works(int therapist, DayOfWeek day) {
        int d = day.getValue() - 1;
        int off = (therapist - 1) % 3;
        return d < 6 && d != off && d != off + 3;
    }

    static LocalTime shiftStart(int therapist) {
        return SHIFT_STARTS[((therapist - 1) / 3) % 2];
    }

    private static void clients(Connection c, Random random, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO client (id, first_name, last_name, email, date_of_birth, light_sensitive, sound_sensitive,
                                    scent_sensitive, touch_sensitive, quiet_session, shares_diary, registered_at,
                                    version)
                VALUES (?, ?, ?, ?, ?, FALSE, FALSE, FALSE, FALSE, ?, FALSE, ?, 1)""")) {
            for (int n = 1; n <= CLIENTS; n++) {
                add(s, id(CLIENT, n), "Client", "Number " + n, "client" + n + "@bench.stillpoint.test",
                        LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        random.nextBoolean(), utc(now));
            }
            s.executeBatch();
        }
    }

    private static Set<LocalDate> closures(Connection c, LocalDate first, LocalDate last, Instant now)
            throws SQLException {
        Set<LocalDate> closed = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO clinic_closure (closed_on, reason, created_at) VALUES (?, ?, ?)")) {
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                for (LocalDate day : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 4),
                        LocalDate.of(year, 12, 25))) {
                    closed.add(day);
                    add(s, day, "Public holiday", utc(now));
                }
            }
            s.executeBatch();
        }
        return closed;
    }

    /** Two weeks of holiday a year per therapist, as whole days; the keys are "therapist/date". */
    private static Set<String> holidays(Connection c, LocalDate first, LocalDate last, Instant now)
            throws SQLException {
        Set<String> away = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO time_off (id, therapist_id, starts_at, ends_at, first_day, last_day, reason, created_at,
                                      created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, 'Holiday', ?, ?, 1)""")) {
            for (int t = 1; t <= THERAPISTS; t++) {
                for (int year = first.getYear(); year <= last.getYear(); year++) {
                    // seeded per therapist and year, so that a longer history leaves the days ahead the same
                    Random random = new Random(t * 10_000L + year);
                    LocalDate from = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(15));
                    LocalDate to = from.plusDays(13);
                    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                        away.add(t + "/" + day);
                    }
                    add(s, new UUID(random.nextLong(), random.nextLong()), id(THERAPIST, t),
                            utc(from.atStartOfDay(ZONE).toInstant()), utc(to.plusDays(1).atStartOfDay(ZONE).toInstant()),
                            from, to, utc(now), id(ACCOUNT, OWNER_ACCOUNT));
                }
            }
            s.executeBatch();
        }
        return away;
    }

    /** Returns the number of appointments and how many of them start in the 28 days from today. */
    private static int[] appointments(Connection c, Size size, LocalDate first, LocalDate today, LocalDate last,
                                      Set<LocalDate> closed, Set<String> away, Instant now)
            throws SQLException {
        int count = 0;
        int window = 0;
        int pending = 0;
        UUID desk = id(ACCOUNT, FRONT_DESK_ACCOUNT);
        UUID type = id(SESSION_TYPE, MASSAGE_60);
        LocalDate windowEnd = today.plusDays(28);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO appointment (id, client_id, therapist_id, room_id, session_type_id, start_at, end_at,
                                         blocked_until, status, booked_at, booked_by, cancelled_at, cancelled_by,
                                         late_cancellation, cancellation_reason, outcome_recorded_at,
                                         outcome_recorded_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 1)""")) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (closed.contains(day)) {
                    continue;
                }
                boolean past = day.isBefore(today);
                // seeded per day, so that a longer history leaves the days ahead the same
                Random random = new Random(day.toEpochDay());
                int[] roomOfShift = new int[SHIFT_STARTS.length];
                for (int t = 1; t <= THERAPISTS; t++) {
                    if (!works(t, day.getDayOfWeek())) {
                        continue;
                    }
                    int shift = ((t - 1) / 3) % 2;
                    int room = ++roomOfShift[shift];
                    if (room > ROOMS || away.contains(t + "/" + day)) {
                        continue;
                    }
                    LocalDateTime shiftStart = day.atTime(SHIFT_STARTS[shift]);
                    for (int k = 0; k < SESSIONS_PER_SHIFT; k++) {
                        boolean booked = random.nextDouble() < size.density();
                        boolean cancelled = !booked && random.nextBoolean();
                        if (!booked && !cancelled) {
                            continue;
                        }
                        Instant start = shiftStart.plus(SESSION_EVERY.multipliedBy(k)).atZone(ZONE).toInstant();
                        Instant end = start.plus(SESSION);
                        Instant bookedAt = start.minus(Duration.ofDays(1 + random.nextInt(30)));
                        String status = cancelled ? "CANCELLED" : !past ? "BOOKED"
                                : random.nextInt(30) == 0 ? "MISSED" : "COMPLETED";
                        boolean outcome = status.equals("COMPLETED") || status.equals("MISSED");
                        Instant cancelledAt = cancelled ? bookedAt.plus(Duration.ofHours(12)) : null;
                        add(s, new UUID(random.nextLong(), random.nextLong()),
                                id(CLIENT, 1 + random.nextInt(CLIENTS)), id(THERAPIST, t), id(ROOM, room), type,
                                utc(start), utc(end), utc(end.plus(Duration.ofMinutes(BUFFER_MINUTES))), status,
                                utc(bookedAt), desk, cancelledAt == null ? null : utc(cancelledAt),
                                cancelled ? desk : null, cancelled ? "Feeling unwell" : null,
                                outcome ? utc(end) : null, outcome ? desk : null);
                        count++;
                        if (!day.isBefore(today) && day.isBefore(windowEnd)) {
                            window++;
                        }
                        if (++pending == BATCH) {
                            s.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            s.executeBatch();
        }
        return new int[] {count, window};
    }

    private static void add(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
