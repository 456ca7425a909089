-- scheduling: the database itself refuses two appointments that are not cancelled and whose busy ranges
-- [start_at, blocked_until) overlap, for one therapist and for one room, whatever wrote them.
--
-- btree_gist lets one GiST index hold the UUID equality and the range overlap. It goes into the public schema when
-- that exists, so that it outlives any one application schema (dropping a schema that held the extension would
-- drop these constraints in every other schema with it); an installation that already has it keeps it where it is.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gist') THEN
        IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN
            CREATE EXTENSION btree_gist SCHEMA public;
        ELSE
            CREATE EXTENSION btree_gist;
        END IF;
    END IF;
EXCEPTION
    -- another migration created it at the same moment
    WHEN duplicate_object OR unique_violation THEN NULL;
END;
$$;

ALTER TABLE appointment ADD CONSTRAINT appointment_therapist_no_overlap
    EXCLUDE USING gist (therapist_id WITH =, tstzrange(start_at, blocked_until, '[)') WITH &&)
    WHERE (status <> 'CANCELLED');

ALTER TABLE appointment ADD CONSTRAINT appointment_room_no_overlap
    EXCLUDE USING gist (room_id WITH =, tstzrange(start_at, blocked_until, '[)') WITH &&)
    WHERE (status <> 'CANCELLED');
