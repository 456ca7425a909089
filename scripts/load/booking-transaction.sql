-- pgbench: the SQL transaction of one booking through POST /api/v1/appointments (Scheduling.book/bookOnce) by the
-- front desk, for a free consultation, with an Idempotency-Key: the same statements in the same order. Run by
-- scripts/load-booking.sh with -D n=0 -D base=<epoch seconds> and search_path set to the clinic's schema.
-- Every transaction books a slot of its own: slot s (a per-client counter times 64 plus the client id, for up to 64
-- clients) is at base + (s / 20) * 40 minutes, in room s % 20 + 1 with therapist s % 20 + 1 (+ 20 on odd rows):
-- 30 minutes and the 10-minute buffer, so no two of them overlap and none meets an appointment of the generated
-- clinic or of the application's runs (they lie beyond the 90-day booking horizon the API allows).
-- Not in it, because the application does it outside the transaction: authenticating the request (HTTP Basic:
-- reading the account, the login throttle and the bcrypt password check).
\set n :n + 1
\set s :n * 64 + :client_id
\set k :s / 20
\set r :s % 20 + 1
\set t :r + 20 * (:k % 2)
\set c random(1, 3000)
\set start :base + :k * 2400
BEGIN;
-- the client (bookingClient: clients.preferences)
SELECT * FROM client WHERE id = ('00000000-0000-4000-8004-' || lpad(:c::text, 12, '0'))::uuid;
-- the session type with its prices (bookableType: clinic.sessionType reads the profile for the currency)
SELECT * FROM clinic WHERE id = 1;
SELECT * FROM session_type WHERE id = '00000000-0000-4000-8003-000000000001';
SELECT * FROM session_type_price WHERE session_type_id = '00000000-0000-4000-8003-000000000001';
-- the therapist with their techniques (therapists.find)
SELECT * FROM therapist WHERE id = ('00000000-0000-4000-8001-' || lpad(:t::text, 12, '0'))::uuid;
SELECT * FROM therapist_technique WHERE therapist_id = ('00000000-0000-4000-8001-' || lpad(:t::text, 12, '0'))::uuid;
-- an earlier request with the same Idempotency-Key (replay)
SELECT request_fingerprint, appointment_id FROM booking_request
 WHERE account_id = '00000000-0000-4000-8005-000000000002' AND idempotency_key = 'pgbench-' || :client_id || '-' || :n;
-- the rules: the profile, closures, working week and time off (BookingRules.check)
SELECT * FROM clinic WHERE id = 1;
SELECT closed_on FROM clinic_closure
 WHERE closed_on BETWEEN (to_timestamp(:start) AT TIME ZONE 'America/Los_Angeles')::date
                     AND (to_timestamp(:start + 1800) AT TIME ZONE 'America/Los_Angeles')::date;
SELECT therapist_id, day_of_week, starts_at, ends_at FROM working_interval
 WHERE therapist_id IN (('00000000-0000-4000-8001-' || lpad(:t::text, 12, '0'))::uuid);
SELECT therapist_id, starts_at, ends_at FROM time_off
 WHERE therapist_id IN (('00000000-0000-4000-8001-' || lpad(:t::text, 12, '0'))::uuid)
   AND ends_at > to_timestamp(:start) AND starts_at < to_timestamp(:start + 1800);
-- the rooms, and the room picked from what is committed (reader.busy over all therapists and rooms)
SELECT * FROM room ORDER BY active DESC, LOWER(name);
SELECT therapist_id, room_id, start_at, blocked_until FROM appointment
 WHERE start_at >= to_timestamp(:start - 21600) AND start_at < to_timestamp(:start + 2400)
   AND blocked_until > to_timestamp(:start) AND status <> 'CANCELLED';
-- the lock rows of the therapist and the room, in id order (BookingLocks.lock)
INSERT INTO booking_lock (resource_id) VALUES (('00000000-0000-4000-8001-' || lpad(:t::text, 12, '0'))::uuid)
    ON CONFLICT DO NOTHING;
SELECT resource_id FROM booking_lock WHERE resource_id = ('00000000-0000-4000-8001-' || lpad(:t::text, 12, '0'))::uuid FOR UPDATE;
INSERT INTO booking_lock (resource_id) VALUES (('00000000-0000-4000-8002-' || lpad(:r::text, 12, '0'))::uuid)
    ON CONFLICT DO NOTHING;
SELECT resource_id FROM booking_lock WHERE resource_id = ('00000000-0000-4000-8002-' || lpad(:r::text, 12, '0'))::uuid FOR UPDATE;
-- the client's lock row (one person, one place)
INSERT INTO booking_lock (resource_id) VALUES (('00000000-0000-4000-8004-' || lpad(:c::text, 12, '0'))::uuid)
    ON CONFLICT DO NOTHING;
SELECT resource_id FROM booking_lock WHERE resource_id = ('00000000-0000-4000-8004-' || lpad(:c::text, 12, '0'))::uuid FOR UPDATE;
-- the overlap check under the locks (reader.busy for the therapist and the room)
SELECT therapist_id, room_id, start_at, blocked_until FROM appointment
 WHERE (therapist_id = ('00000000-0000-4000-8001-' || lpad(:t::text, 12, '0'))::uuid
        OR room_id = ('00000000-0000-4000-8002-' || lpad(:r::text, 12, '0'))::uuid)
   AND start_at >= to_timestamp(:start - 21600) AND start_at < to_timestamp(:start + 2400)
   AND blocked_until > to_timestamp(:start) AND status <> 'CANCELLED';
-- the client's own appointments at that time (reader.clientBusy)
SELECT COUNT(*) FROM appointment
 WHERE client_id = ('00000000-0000-4000-8004-' || lpad(:c::text, 12, '0'))::uuid
   AND start_at >= to_timestamp(:start - 21600) AND start_at < to_timestamp(:start + 1800)
   AND end_at > to_timestamp(:start) AND status <> 'CANCELLED';
-- the appointment and the idempotency row
INSERT INTO appointment (id, client_id, therapist_id, room_id, session_type_id, start_at, end_at, blocked_until,
                         status, booked_at, booked_by, cancelled_at, cancelled_by, late_cancellation,
                         cancellation_reason, outcome_recorded_at, outcome_recorded_by, version)
VALUES (('00000000-0000-4000-8009-' || lpad(:s::text, 12, '0'))::uuid, ('00000000-0000-4000-8004-' || lpad(:c::text, 12, '0'))::uuid,
        ('00000000-0000-4000-8001-' || lpad(:t::text, 12, '0'))::uuid,
        ('00000000-0000-4000-8002-' || lpad(:r::text, 12, '0'))::uuid, '00000000-0000-4000-8003-000000000001',
        to_timestamp(:start), to_timestamp(:start + 1800), to_timestamp(:start + 2400), 'BOOKED', now(),
        '00000000-0000-4000-8005-000000000002', NULL, NULL, FALSE, NULL, NULL, NULL, 1);
INSERT INTO booking_request (account_id, idempotency_key, request_fingerprint, appointment_id, created_at)
VALUES ('00000000-0000-4000-8005-000000000002', 'pgbench-' || :client_id || '-' || :n,
        repeat('0', 64), ('00000000-0000-4000-8009-' || lpad(:s::text, 12, '0'))::uuid, now());
-- the confirmation mail in the outbox, with its calendar file (AppointmentMessages: the addressee, the clinic,
-- the session type, the therapist's name, then the mail and its .ics of about 1.5 kB)
SELECT id, first_name, email FROM client WHERE id IN (('00000000-0000-4000-8004-' || lpad(:c::text, 12, '0'))::uuid);
SELECT * FROM clinic WHERE id = 1;
SELECT * FROM session_type WHERE id = '00000000-0000-4000-8003-000000000001';
SELECT * FROM therapist WHERE id = ('00000000-0000-4000-8001-' || lpad(:t::text, 12, '0'))::uuid;
INSERT INTO mail_outbox (id, recipient, subject, body, created_at, attempts)
VALUES (('00000000-0000-4000-800a-' || lpad(:s::text, 12, '0'))::uuid, 'client@example.com',
        'Your appointment is booked', repeat('x', 900), now(), 0);
INSERT INTO mail_attachment (mail_id, ordinal, filename, content_type, content)
VALUES (('00000000-0000-4000-800a-' || lpad(:s::text, 12, '0'))::uuid, 0, 'appointment.ics',
        'text/calendar; charset=UTF-8; method=PUBLISH', repeat('x', 1500));
END;
