-- scheduling: nothing here. H2 has no exclusion constraints; bookings queue up on the booking_lock rows of their
-- therapist and room (SELECT ... FOR UPDATE) and check for overlaps before they insert (scheduling/Scheduling).
-- The file keeps the migration versions the same on H2 and PostgreSQL.
SELECT 1;
