-- Kindred on a shared PostgreSQL server: who may see and change what (migration 0004).
--
-- Run by the migration, once per database, as the login that owns Kindred's tables
-- (the administrator), inside the migration's transaction: all of it or none of it.
-- The local, single-computer diary (SQLite) needs none of this.
--
-- Every family member signs in with a login of their own. PostgreSQL itself enforces
-- the rules below (row-level security), so they hold for Kindred and equally for
-- anyone typing SQL with a member's login:
--   * a member sees only the rows of their own care circle;
--   * an entry marked private is seen (and changed) only by its author;
--   * a read-only member ("viewer") can't insert or change anything;
--   * one server can hold many circles; nothing of one is visible from another.
--
-- Two group roles carry the table privileges:
--   kindred_member   read (SELECT) the care tables    every member login has it
--   kindred_writer   also insert and update           every member except viewers
-- and kindred_access.members says which login is which caregiver in which circle.
-- Only the administrator can read or change that table; members reach it only
-- through the functions below, which answer for the login asking (session_user).
--
-- Live updates: a trigger sends NOTIFY on commit carrying ids only (no diary text),
-- on a channel per circle, and a channel per member for their private entries whose
-- name includes a random token only that member learns (see whoami()).

CREATE SCHEMA kindred_access;
REVOKE ALL ON SCHEMA kindred_access FROM PUBLIC;

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'kindred_member') THEN
        CREATE ROLE kindred_member NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'kindred_writer') THEN
        CREATE ROLE kindred_writer NOLOGIN IN ROLE kindred_member;
    END IF;
END
$roles$;

-- Who is who. One login belongs to one care circle, as one caregiver.
CREATE TABLE kindred_access.members (
    login name PRIMARY KEY,
    circle_id varchar(36) NOT NULL REFERENCES public.circles (id),
    caregiver_id varchar(36) NOT NULL UNIQUE REFERENCES public.caregivers (id),
    role varchar(20) NOT NULL
        CHECK (role IN ('primary', 'family', 'professional', 'viewer')),
    channel_token varchar(32) NOT NULL
        DEFAULT replace(gen_random_uuid()::text, '-', ''),
    added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_members_circle ON kindred_access.members (circle_id);

-- A name for each circle, for the administrator ("Okafor family"); members never see it
-- except their own circle's, through whoami().
CREATE TABLE kindred_access.circle_names (
    circle_id varchar(36) PRIMARY KEY REFERENCES public.circles (id),
    name text NOT NULL UNIQUE
);

-- --- who is asking -------------------------------------------------------------------
-- SECURITY DEFINER: they read the members table, which members can't; each answers only
-- about session_user (the login itself, unchanged by SET ROLE). PL/pgSQL, so the server
-- plans each query once per connection, not at every row a policy checks.

CREATE FUNCTION kindred_access.member_circles() RETURNS SETOF varchar
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY SELECT m.circle_id FROM kindred_access.members AS m
                 WHERE m.login = session_user;
END
$$;

CREATE FUNCTION kindred_access.writer_circles() RETURNS SETOF varchar
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY SELECT m.circle_id FROM kindred_access.members AS m
                 WHERE m.login = session_user AND m.role <> 'viewer';
END
$$;

CREATE FUNCTION kindred_access.my_caregivers() RETURNS SETOF varchar
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY SELECT m.caregiver_id FROM kindred_access.members AS m
                 WHERE m.login = session_user;
END
$$;

-- May this login write rows in the name of this caregiver? Yes for themselves; yes for a
-- caregiver of their circle who has no login of their own (their entries were written on
-- a shared computer, and are moved here with the diary); never for another member.
CREATE FUNCTION kindred_access.may_write_as(caregiver varchar) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN EXISTS (
        SELECT 1 FROM kindred_access.members AS me
        WHERE me.login = session_user AND me.role <> 'viewer'
          AND (me.caregiver_id = caregiver
               OR EXISTS (
                   SELECT 1 FROM public.caregivers AS c
                   WHERE c.id = caregiver AND c.circle_id = me.circle_id
                     AND NOT EXISTS (
                         SELECT 1 FROM kindred_access.members AS other
                         WHERE other.caregiver_id = c.id))));
END
$$;

-- May this login add to (or change the tags and cards of) this entry?
CREATE FUNCTION kindred_access.entry_writable(entry varchar) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN EXISTS (
        SELECT 1 FROM public.entries AS e
        WHERE e.id = entry
          AND e.circle_id IN (SELECT kindred_access.writer_circles())
          AND (e.visibility = 'shared' OR kindred_access.may_write_as(e.author_id)));
END
$$;

CREATE FUNCTION kindred_access.medicine_writable(medicine varchar) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN EXISTS (
        SELECT 1 FROM public.medicines AS m
        WHERE m.id = medicine AND m.circle_id IN (SELECT kindred_access.writer_circles()));
END
$$;

CREATE FUNCTION kindred_access.appointment_writable(appointment varchar) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN EXISTS (
        SELECT 1 FROM public.appointments AS a
        WHERE a.id = appointment AND a.circle_id IN (SELECT kindred_access.writer_circles()));
END
$$;

-- The app asks this once when it connects: which circle, as whom, and the private channel.
CREATE FUNCTION kindred_access.whoami()
    RETURNS TABLE (circle_id varchar, caregiver_id varchar, role varchar, circle_name text,
                   channel_token varchar)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT m.circle_id, m.caregiver_id, m.role, n.name, m.channel_token
    FROM kindred_access.members AS m
    LEFT JOIN kindred_access.circle_names AS n ON n.circle_id = m.circle_id
    WHERE m.login = session_user
$$;

-- Caregivers of the asking login's circle who sign in themselves (ids only): a diary
-- moved here can't carry rows in their name, so the move checks this first.
CREATE FUNCTION kindred_access.signed_in_caregivers() RETURNS SETOF varchar
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT other.caregiver_id FROM kindred_access.members AS other
    WHERE other.circle_id IN (SELECT kindred_access.member_circles())
$$;

-- How many of these rows (given by id) are now in the asking member's circle, counting
-- rows the member may not read (another member's private entries moved with the diary).
-- It says nothing about ids the caller doesn't already know.
CREATE FUNCTION kindred_access.copied_counts(
    circle varchar, entry_ids varchar[], medicine_ids varchar[], appointment_ids varchar[])
    RETURNS TABLE (table_name text, row_count bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF circle NOT IN (SELECT kindred_access.member_circles()) THEN
        RAISE EXCEPTION 'not a member of that circle' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT 'entries', count(*) FROM public.entries AS e
            WHERE e.circle_id = circle AND e.id = ANY (entry_ids)
        UNION ALL
        SELECT 'entry_revisions', count(*) FROM public.entry_revisions AS r
            JOIN public.entries AS e ON e.id = r.entry_id
            WHERE e.circle_id = circle AND e.id = ANY (entry_ids)
        UNION ALL
        SELECT 'entry_tags', count(*) FROM public.entry_tags AS t
            JOIN public.entries AS e ON e.id = t.entry_id
            WHERE e.circle_id = circle AND e.id = ANY (entry_ids)
        UNION ALL
        SELECT 'entry_cards', count(*) FROM public.entry_cards AS c
            JOIN public.entries AS e ON e.id = c.entry_id
            WHERE e.circle_id = circle AND e.id = ANY (entry_ids)
        UNION ALL
        SELECT 'medicines', count(*) FROM public.medicines AS m
            WHERE m.circle_id = circle AND m.id = ANY (medicine_ids)
        UNION ALL
        SELECT 'medicine_events', count(*) FROM public.medicine_events AS v
            JOIN public.medicines AS m ON m.id = v.medicine_id
            WHERE m.circle_id = circle AND m.id = ANY (medicine_ids)
        UNION ALL
        SELECT 'medicine_doses', count(*) FROM public.medicine_doses AS d
            JOIN public.medicines AS m ON m.id = d.medicine_id
            WHERE m.circle_id = circle AND m.id = ANY (medicine_ids)
        UNION ALL
        SELECT 'appointments', count(*) FROM public.appointments AS a
            WHERE a.circle_id = circle AND a.id = ANY (appointment_ids)
        UNION ALL
        SELECT 'appointment_questions', count(*) FROM public.appointment_questions AS q
            JOIN public.appointments AS a ON a.id = q.appointment_id
            WHERE a.circle_id = circle AND a.id = ANY (appointment_ids);
END
$$;

-- --- full-text search ----------------------------------------------------------------
-- Like the local diary's search: words without accents or case, the last one as a
-- prefix. The unaccent extension (PostgreSQL's contrib) is used when the server has it.

DO $search$
DECLARE
    folded text := 'lower(body)';
    home name;
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_available_extensions WHERE name = 'unaccent') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA kindred_access;
            SELECT n.nspname INTO home
            FROM pg_catalog.pg_extension AS x
            JOIN pg_catalog.pg_namespace AS n ON n.oid = x.extnamespace
            WHERE x.extname = 'unaccent';
            folded := format('lower(%I.unaccent(%L::regdictionary, body))',
                             home, quote_ident(home) || '.unaccent');
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'unaccent not installed: search on this server minds accents';
        END;
    END IF;
    EXECUTE format(
        'CREATE FUNCTION kindred_access.search_fold(body text) RETURNS text '
        'LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS %L', 'SELECT ' || folded);
END
$search$;

ALTER TABLE public.entries ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, kindred_access.search_fold(
        coalesce("text", '') || ' ' || coalesce("before", '') || ' ' ||
        coalesce("behaviour", '') || ' ' || coalesce("tried", '') || ' ' ||
        coalesce("helped", '')))
) STORED;
CREATE INDEX ix_entries_search_vector ON public.entries USING gin (search_vector);

-- --- live updates --------------------------------------------------------------------

CREATE FUNCTION kindred_access.announce_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    changed record;
    what text := TG_ARGV[0];
    circle varchar;
    entry varchar;
    to_circle boolean := true;
    to_author varchar;
BEGIN
    -- A move of a whole diary announces itself once, at the end.
    IF coalesce(current_setting('kindred.quiet', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
    IF TG_TABLE_NAME = 'entries' THEN
        circle := changed.circle_id;
        entry := changed.id;
        IF changed.visibility = 'private' THEN
            SELECT m.channel_token INTO to_author
            FROM kindred_access.members AS m WHERE m.caregiver_id = changed.author_id;
            -- Tell the circle only if the entry has just stopped being shared.
            to_circle := false;
            IF TG_OP = 'UPDATE' THEN
                to_circle := OLD.visibility <> NEW.visibility;
            END IF;
        END IF;
    ELSIF TG_TABLE_NAME IN ('medicine_events', 'medicine_doses') THEN
        SELECT m.circle_id INTO circle FROM public.medicines AS m WHERE m.id = changed.medicine_id;
    ELSIF TG_TABLE_NAME = 'appointment_questions' THEN
        SELECT a.circle_id INTO circle
        FROM public.appointments AS a WHERE a.id = changed.appointment_id;
    ELSE
        circle := changed.circle_id;
    END IF;
    IF circle IS NULL THEN
        RETURN NULL;
    END IF;
    IF to_circle THEN
        PERFORM pg_notify('kindred_changes_' || replace(circle, '-', ''),
                          json_build_object('circle', circle, 'entry', entry, 'what', what)::text);
    END IF;
    IF to_author IS NOT NULL THEN
        PERFORM pg_notify('kindred_private_' || to_author,
                          json_build_object('circle', circle, 'entry', entry, 'what', what)::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER kindred_announce AFTER INSERT OR UPDATE ON public.entries
    FOR EACH ROW EXECUTE FUNCTION kindred_access.announce_change('entries');
CREATE TRIGGER kindred_announce AFTER INSERT OR UPDATE ON public.persons
    FOR EACH ROW EXECUTE FUNCTION kindred_access.announce_change('circle');
CREATE TRIGGER kindred_announce AFTER INSERT OR UPDATE ON public.caregivers
    FOR EACH ROW EXECUTE FUNCTION kindred_access.announce_change('circle');
CREATE TRIGGER kindred_announce AFTER INSERT OR UPDATE ON public.medicines
    FOR EACH ROW EXECUTE FUNCTION kindred_access.announce_change('medicines');
CREATE TRIGGER kindred_announce AFTER INSERT OR UPDATE OR DELETE ON public.medicine_events
    FOR EACH ROW EXECUTE FUNCTION kindred_access.announce_change('medicines');
CREATE TRIGGER kindred_announce AFTER INSERT OR UPDATE OR DELETE ON public.medicine_doses
    FOR EACH ROW EXECUTE FUNCTION kindred_access.announce_change('medicines');
CREATE TRIGGER kindred_announce AFTER INSERT OR UPDATE ON public.appointments
    FOR EACH ROW EXECUTE FUNCTION kindred_access.announce_change('appointments');
CREATE TRIGGER kindred_announce AFTER INSERT OR UPDATE OR DELETE
    ON public.appointment_questions
    FOR EACH ROW EXECUTE FUNCTION kindred_access.announce_change('appointments');

-- --- columns that never change once written --------------------------------------------
-- Policies can't compare a row before and after an update; this trigger can. It stops a
-- member moving a row to another circle or writing it into someone else's name.

CREATE FUNCTION kindred_access.keep_fixed_columns() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    before_ jsonb := to_jsonb(OLD);
    after_ jsonb := to_jsonb(NEW);
    col text;
BEGIN
    FOREACH col IN ARRAY TG_ARGV LOOP
        IF before_ -> col IS DISTINCT FROM after_ -> col THEN
            RAISE EXCEPTION 'the % of a row in % cannot be changed', col, TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;

CREATE TRIGGER kindred_fixed BEFORE UPDATE ON public.entries
    FOR EACH ROW EXECUTE FUNCTION kindred_access.keep_fixed_columns('circle_id', 'author_id');
CREATE TRIGGER kindred_fixed BEFORE UPDATE ON public.persons
    FOR EACH ROW EXECUTE FUNCTION kindred_access.keep_fixed_columns('circle_id');
CREATE TRIGGER kindred_fixed BEFORE UPDATE ON public.medicines
    FOR EACH ROW EXECUTE FUNCTION kindred_access.keep_fixed_columns('circle_id', 'created_by');
CREATE TRIGGER kindred_fixed BEFORE UPDATE ON public.appointments
    FOR EACH ROW EXECUTE FUNCTION kindred_access.keep_fixed_columns('circle_id', 'created_by');

-- --- row-level security --------------------------------------------------------------
-- No policy for a command means members can't do it (hard deletes of entries, for one:
-- Kindred only ever hides an entry, so it can be brought back).

ALTER TABLE public.circles ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.circles FOR SELECT TO kindred_member
    USING (id IN (SELECT kindred_access.member_circles()));

ALTER TABLE public.persons ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.persons FOR SELECT TO kindred_member
    USING (circle_id IN (SELECT kindred_access.member_circles()));
CREATE POLICY writer_adds ON public.persons FOR INSERT TO kindred_member
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles()));
CREATE POLICY writer_changes ON public.persons FOR UPDATE TO kindred_member
    USING (circle_id IN (SELECT kindred_access.writer_circles()))
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles()));

ALTER TABLE public.caregivers ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.caregivers FOR SELECT TO kindred_member
    USING (circle_id IN (SELECT kindred_access.member_circles()));
CREATE POLICY writer_adds ON public.caregivers FOR INSERT TO kindred_member
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles()));
-- Only "relationship" may change (column privilege below): a diary moved here fills it in.
CREATE POLICY writer_changes ON public.caregivers FOR UPDATE TO kindred_member
    USING (circle_id IN (SELECT kindred_access.writer_circles()))
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles()));

ALTER TABLE public.entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.entries FOR SELECT TO kindred_member
    USING (circle_id IN (SELECT kindred_access.member_circles())
           AND (visibility = 'shared' OR author_id IN (SELECT kindred_access.my_caregivers())));
CREATE POLICY writer_adds ON public.entries FOR INSERT TO kindred_member
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles())
                AND kindred_access.may_write_as(author_id));
CREATE POLICY writer_changes ON public.entries FOR UPDATE TO kindred_member
    USING (circle_id IN (SELECT kindred_access.writer_circles())
           AND (visibility = 'shared' OR author_id IN (SELECT kindred_access.my_caregivers())))
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles())
                AND (visibility = 'shared'
                     OR author_id IN (SELECT kindred_access.my_caregivers())));

ALTER TABLE public.entry_revisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.entry_revisions FOR SELECT TO kindred_member
    USING (EXISTS (SELECT 1 FROM public.entries AS e WHERE e.id = entry_id));
CREATE POLICY writer_adds ON public.entry_revisions FOR INSERT TO kindred_member
    WITH CHECK (kindred_access.entry_writable(entry_id) AND kindred_access.may_write_as(by_id));

ALTER TABLE public.entry_tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.entry_tags FOR SELECT TO kindred_member
    USING (EXISTS (SELECT 1 FROM public.entries AS e WHERE e.id = entry_id));
CREATE POLICY writer_adds ON public.entry_tags FOR INSERT TO kindred_member
    WITH CHECK (kindred_access.entry_writable(entry_id));
CREATE POLICY writer_changes ON public.entry_tags FOR UPDATE TO kindred_member
    USING (kindred_access.entry_writable(entry_id))
    WITH CHECK (kindred_access.entry_writable(entry_id));
CREATE POLICY writer_removes ON public.entry_tags FOR DELETE TO kindred_member
    USING (kindred_access.entry_writable(entry_id));

ALTER TABLE public.entry_cards ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.entry_cards FOR SELECT TO kindred_member
    USING (EXISTS (SELECT 1 FROM public.entries AS e WHERE e.id = entry_id));
CREATE POLICY writer_adds ON public.entry_cards FOR INSERT TO kindred_member
    WITH CHECK (kindred_access.entry_writable(entry_id));
CREATE POLICY writer_changes ON public.entry_cards FOR UPDATE TO kindred_member
    USING (kindred_access.entry_writable(entry_id))
    WITH CHECK (kindred_access.entry_writable(entry_id));
CREATE POLICY writer_removes ON public.entry_cards FOR DELETE TO kindred_member
    USING (kindred_access.entry_writable(entry_id));

ALTER TABLE public.medicines ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.medicines FOR SELECT TO kindred_member
    USING (circle_id IN (SELECT kindred_access.member_circles()));
CREATE POLICY writer_adds ON public.medicines FOR INSERT TO kindred_member
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles())
                AND kindred_access.may_write_as(created_by));
CREATE POLICY writer_changes ON public.medicines FOR UPDATE TO kindred_member
    USING (circle_id IN (SELECT kindred_access.writer_circles()))
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles()));

ALTER TABLE public.medicine_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.medicine_events FOR SELECT TO kindred_member
    USING (EXISTS (SELECT 1 FROM public.medicines AS m WHERE m.id = medicine_id));
CREATE POLICY writer_adds ON public.medicine_events FOR INSERT TO kindred_member
    WITH CHECK (kindred_access.medicine_writable(medicine_id)
                AND kindred_access.may_write_as(recorded_by));

ALTER TABLE public.medicine_doses ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.medicine_doses FOR SELECT TO kindred_member
    USING (EXISTS (SELECT 1 FROM public.medicines AS m WHERE m.id = medicine_id));
CREATE POLICY writer_adds ON public.medicine_doses FOR INSERT TO kindred_member
    WITH CHECK (kindred_access.medicine_writable(medicine_id)
                AND kindred_access.may_write_as(by_id));

ALTER TABLE public.appointments ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.appointments FOR SELECT TO kindred_member
    USING (circle_id IN (SELECT kindred_access.member_circles()));
CREATE POLICY writer_adds ON public.appointments FOR INSERT TO kindred_member
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles())
                AND kindred_access.may_write_as(created_by));
CREATE POLICY writer_changes ON public.appointments FOR UPDATE TO kindred_member
    USING (circle_id IN (SELECT kindred_access.writer_circles()))
    WITH CHECK (circle_id IN (SELECT kindred_access.writer_circles()));

ALTER TABLE public.appointment_questions ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON public.appointment_questions FOR SELECT TO kindred_member
    USING (EXISTS (SELECT 1 FROM public.appointments AS a WHERE a.id = appointment_id));
CREATE POLICY writer_adds ON public.appointment_questions FOR INSERT TO kindred_member
    WITH CHECK (kindred_access.appointment_writable(appointment_id)
                AND kindred_access.may_write_as(by_id));
CREATE POLICY writer_removes ON public.appointment_questions FOR DELETE TO kindred_member
    USING (kindred_access.appointment_writable(appointment_id));

-- --- privileges ----------------------------------------------------------------------
-- Nothing is granted to PUBLIC. Viewers get kindred_member only, so even without the
-- policies above they could not write.

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kindred_access FROM PUBLIC;
GRANT USAGE ON SCHEMA kindred_access TO kindred_member;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA kindred_access TO kindred_member;

GRANT SELECT ON public.alembic_version, public.circles, public.persons, public.caregivers,
    public.entries, public.entry_revisions, public.entry_tags, public.entry_cards,
    public.medicines, public.medicine_events, public.medicine_doses, public.appointments,
    public.appointment_questions
    TO kindred_member;
GRANT INSERT, UPDATE ON public.persons, public.entries, public.medicines, public.appointments
    TO kindred_writer;
GRANT INSERT ON public.caregivers, public.entry_revisions, public.medicine_events,
    public.medicine_doses
    TO kindred_writer;
GRANT UPDATE (relationship) ON public.caregivers TO kindred_writer;
GRANT INSERT, UPDATE, DELETE ON public.entry_tags, public.entry_cards TO kindred_writer;
GRANT INSERT, DELETE ON public.appointment_questions TO kindred_writer;
