-- The hub of one LIVC-R: opaque envelopes, who may pull which scope, and each device's chain.
--
-- Applied by `livcr hub init` in one transaction; every statement is idempotent, so running it
-- again upgrades an older hub and changes nothing on a current one. One LIVC-R per database:
-- several LIVC-Rs on one server are several databases, isolated by PostgreSQL itself (CONNECT is
-- granted only to the database's own roles). Role names start with the database's name.
--
-- The hub never holds a name, note or wording: only random ids, sequence numbers, hashes, sizes,
-- hybrid clock stamps, which device belongs to which member id, and which device may pull which
-- scope. Payloads are sealed end to end by the laptops (XChaCha20-Poly1305 under per-scope keys).
--
-- Devices never write to a table: they call the SECURITY DEFINER functions below, which check the
-- caller, its device, the chain and the clock. Row-level security (enabled and forced) decides
-- what each login may read.

CREATE SCHEMA IF NOT EXISTS hub;
REVOKE ALL ON SCHEMA hub FROM PUBLIC;

CREATE TABLE IF NOT EXISTS hub.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE IF NOT EXISTS hub.device (
    device_id uuid PRIMARY KEY,
    login name UNIQUE NOT NULL,
    member_id uuid NOT NULL,
    is_coordinator boolean NOT NULL DEFAULT false,
    sign_public text,
    box_public text,
    status text NOT NULL DEFAULT 'invited'
        CHECK (status IN ('invited', 'enrolled', 'approved', 'revoked')),
    created_at timestamptz NOT NULL DEFAULT now(),
    approved_at timestamptz,
    revoked_at timestamptz,
    last_contact timestamptz
);

CREATE TABLE IF NOT EXISTS hub.scope_member (
    scope_id uuid NOT NULL,
    device_id uuid NOT NULL REFERENCES hub.device ON DELETE CASCADE,
    PRIMARY KEY (scope_id, device_id)
);

-- `device_id` is always the pushing device's own (hub.push takes it from hub.device, never
-- from the caller), so it has no foreign key: its check ran once per row, a tenth of a push of
-- thousands. A device with envelopes cannot be deleted all the same: the same push writes its
-- hub.chain_head row, whose foreign key refuses that.
CREATE TABLE IF NOT EXISTS hub.envelope (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    op_id uuid PRIMARY KEY,
    scope_id uuid NOT NULL,
    device_id uuid NOT NULL,
    device_seq bigint NOT NULL CHECK (device_seq > 0),
    hlc text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    key_epoch integer NOT NULL,
    schema_version integer NOT NULL,
    body bytea NOT NULL,
    clock_ahead boolean NOT NULL DEFAULT false,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (device_id, device_seq)
);
CREATE INDEX IF NOT EXISTS envelope_scope_seq ON hub.envelope (scope_id, server_seq);
ALTER TABLE hub.envelope DROP CONSTRAINT IF EXISTS envelope_device_id_fkey;  -- hubs made before

-- The signature over one transaction of a device, with its manifest (per operation: id, sequence,
-- hash, payload digest) sealed under the LIVC-R-wide key, so a laptop that receives only some of
-- a transaction's operations can still check the signature over all of them.
CREATE TABLE IF NOT EXISTS hub.signature (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    device_id uuid NOT NULL REFERENCES hub.device,
    first_seq bigint NOT NULL,
    last_seq bigint NOT NULL,
    key_epoch integer NOT NULL,
    body bytea NOT NULL,
    PRIMARY KEY (device_id, first_seq)
);

-- A scope's key for one epoch, wrapped (sealed box) for one device's X25519 key.
CREATE TABLE IF NOT EXISTS hub.scope_key (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    scope_id uuid NOT NULL,
    epoch integer NOT NULL,
    device_id uuid NOT NULL REFERENCES hub.device ON DELETE CASCADE,
    wrapped bytea NOT NULL,
    PRIMARY KEY (scope_id, epoch, device_id)
);

-- The last operation the hub holds of each device: the external anchor of its chain.
CREATE TABLE IF NOT EXISTS hub.chain_head (
    device_id uuid PRIMARY KEY REFERENCES hub.device,
    device_seq bigint NOT NULL,
    hash text NOT NULL
);

DO $roles$
DECLARE
    db text := current_database();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = db || '_device') THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', db || '_device');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = db || '_coordinator') THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I', db || '_coordinator', db || '_device');
    END IF;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', db, db || '_device');
    EXECUTE format('GRANT USAGE ON SCHEMA hub TO %I', db || '_device');
    EXECUTE format('GRANT SELECT ON hub.envelope, hub.signature, hub.scope_key TO %I',
                   db || '_device');
END
$roles$;

-- The caller's device (approved or not), or NULL.
CREATE OR REPLACE FUNCTION hub.caller_device() RETURNS hub.device
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT d FROM hub.device d WHERE d.login = session_user
$$;

-- The scopes the caller's approved device may pull.
CREATE OR REPLACE FUNCTION hub.visible_scopes() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT m.scope_id FROM hub.scope_member m JOIN hub.device d USING (device_id)
    WHERE d.login = session_user AND d.status = 'approved'
$$;

CREATE OR REPLACE FUNCTION hub.caller_approved() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM hub.device d WHERE d.login = session_user AND d.status = 'approved')
$$;

ALTER TABLE hub.envelope ENABLE ROW LEVEL SECURITY;
ALTER TABLE hub.envelope FORCE ROW LEVEL SECURITY;
ALTER TABLE hub.signature ENABLE ROW LEVEL SECURITY;
ALTER TABLE hub.signature FORCE ROW LEVEL SECURITY;
ALTER TABLE hub.scope_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE hub.scope_key FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS envelope_pull ON hub.envelope;
CREATE POLICY envelope_pull ON hub.envelope FOR SELECT
    USING (scope_id IN (SELECT hub.visible_scopes()));
DROP POLICY IF EXISTS signature_pull ON hub.signature;
CREATE POLICY signature_pull ON hub.signature FOR SELECT USING (hub.caller_approved());
DROP POLICY IF EXISTS scope_key_pull ON hub.scope_key;
CREATE POLICY scope_key_pull ON hub.scope_key FOR SELECT
    USING (device_id = (hub.caller_device()).device_id AND hub.caller_approved());

-- The functions below run as the owner of the tables (the administrator who ran `hub init`):
-- row-level security is forced on the owner too, so it gets its own policies.
DO $owner$
BEGIN
    EXECUTE format('DROP POLICY IF EXISTS owner_all ON hub.envelope');
    EXECUTE format('CREATE POLICY owner_all ON hub.envelope TO %I USING (true) WITH CHECK (true)',
                   current_user);
    EXECUTE format('DROP POLICY IF EXISTS owner_all ON hub.signature');
    EXECUTE format('CREATE POLICY owner_all ON hub.signature TO %I USING (true) WITH CHECK (true)',
                   current_user);
    EXECUTE format('DROP POLICY IF EXISTS owner_all ON hub.scope_key');
    EXECUTE format('CREATE POLICY owner_all ON hub.scope_key TO %I USING (true) WITH CHECK (true)',
                   current_user);
END
$owner$;

CREATE OR REPLACE FUNCTION hub.require_approved() RETURNS hub.device
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me hub.device;
BEGIN
    me := hub.caller_device();
    IF me.device_id IS NULL OR me.status <> 'approved' THEN
        RAISE EXCEPTION 'livcr-hub: this device is not approved' USING ERRCODE = '42501';
    END IF;
    RETURN me;
END
$$;

CREATE OR REPLACE FUNCTION hub.require_coordinator() RETURNS hub.device
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me hub.device;
BEGIN
    SELECT * INTO me FROM hub.device WHERE login = session_user;
    IF me.device_id IS NULL OR NOT me.is_coordinator OR me.status <> 'approved' THEN
        RAISE EXCEPTION 'livcr-hub: only the coordinator''s approved device may do this'
            USING ERRCODE = '42501';
    END IF;
    RETURN me;
END
$$;

-- The coordinator's first connection: binds this hub to one LIVC-R and registers the device.
CREATE OR REPLACE FUNCTION hub.connect_coordinator(
    p_livcr_id uuid, p_device_id uuid, p_member_id uuid, p_sign_public text, p_box_public text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bound text;
BEGIN
    IF NOT pg_has_role(session_user, current_database() || '_coordinator', 'MEMBER') THEN
        RAISE EXCEPTION 'livcr-hub: this login is not a coordinator login of this hub'
            USING ERRCODE = '42501';
    END IF;
    SELECT value INTO bound FROM hub.meta WHERE key = 'livcr_id';
    IF bound IS NULL THEN
        INSERT INTO hub.meta VALUES ('livcr_id', p_livcr_id::text);
    ELSIF bound <> p_livcr_id::text THEN
        RAISE EXCEPTION 'livcr-hub: this hub serves another LIVC-R' USING ERRCODE = '42501';
    END IF;
    INSERT INTO hub.device (device_id, login, member_id, is_coordinator, sign_public, box_public,
                            status, approved_at, last_contact)
    VALUES (p_device_id, session_user, p_member_id, true, p_sign_public, p_box_public,
            'approved', now(), now())
    ON CONFLICT (device_id) DO UPDATE SET last_contact = now()
        WHERE hub.device.login = session_user;
END
$$;

-- An invitation: a login for one member's future laptop (the password travels in the invitation).
CREATE OR REPLACE FUNCTION hub.invite_device(
    p_device_id uuid, p_member_id uuid, p_login name, p_password text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM hub.require_coordinator();
    IF left(p_login, length(current_database()) + 3) <> current_database() || '_d_' THEN
        RAISE EXCEPTION 'livcr-hub: device logins start with %_d_', current_database();
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I',
                   p_login, p_password, current_database() || '_device');
    INSERT INTO hub.device (device_id, login, member_id) VALUES (p_device_id, p_login, p_member_id);
END
$$;

-- The invited laptop registers its public keys (once); the coordinator then compares the
-- fingerprint out of band and approves.
CREATE OR REPLACE FUNCTION hub.enrol_device(p_sign_public text, p_box_public text)
RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me hub.device;
BEGIN
    SELECT * INTO me FROM hub.device WHERE login = session_user FOR UPDATE;
    IF me.device_id IS NULL OR me.status <> 'invited' THEN
        RAISE EXCEPTION 'livcr-hub: this invitation was already used or ended'
            USING ERRCODE = '42501';
    END IF;
    UPDATE hub.device SET sign_public = p_sign_public, box_public = p_box_public,
        status = 'enrolled', last_contact = now()
    WHERE device_id = me.device_id;
    RETURN me.device_id;
END
$$;

-- A laptop its coordinator approved by file (fingerprint compared aloud) before this LIVC-R had
-- a hub, told to the hub when the coordinator's laptop connects: approved with those keys. Its
-- placeholder login (_f_) is no role, so nobody signs in as it until hub.give_login.
CREATE OR REPLACE FUNCTION hub.register_approved_device(
    p_device_id uuid, p_member_id uuid, p_sign_public text, p_box_public text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    known hub.device;
BEGIN
    PERFORM hub.require_coordinator();
    SELECT * INTO known FROM hub.device WHERE device_id = p_device_id FOR UPDATE;
    IF known.device_id IS NULL THEN
        INSERT INTO hub.device (device_id, login, member_id, sign_public, box_public, status,
                                approved_at)
        VALUES (p_device_id,
                current_database() || '_f_' || right(replace(p_device_id::text, '-', ''), 16),
                p_member_id, p_sign_public, p_box_public, 'approved', now());
    ELSIF known.member_id <> p_member_id OR known.sign_public IS DISTINCT FROM p_sign_public
          OR known.box_public IS DISTINCT FROM p_box_public THEN
        RAISE EXCEPTION 'livcr-hub: device % is known with other keys', p_device_id
            USING ERRCODE = '42501';
    END IF;
END
$$;

-- A login for a laptop approved by file, so it can sync through the hub too (its keys stay
-- those the coordinator approved). Given again, it keeps the login and takes a new password.
CREATE OR REPLACE FUNCTION hub.give_login(p_device_id uuid, p_login name, p_password text)
RETURNS name
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target hub.device;
BEGIN
    PERFORM hub.require_coordinator();
    SELECT * INTO target FROM hub.device WHERE device_id = p_device_id FOR UPDATE;
    IF target.device_id IS NULL OR target.status <> 'approved' OR target.is_coordinator THEN
        RAISE EXCEPTION 'livcr-hub: no approved laptop % to give a login', p_device_id
            USING ERRCODE = '42704';
    END IF;
    IF left(target.login, length(current_database()) + 3) = current_database() || '_d_' THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', target.login, p_password);
        RETURN target.login;
    END IF;
    IF left(p_login, length(current_database()) + 3) <> current_database() || '_d_' THEN
        RAISE EXCEPTION 'livcr-hub: device logins start with %_d_', current_database();
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I',
                   p_login, p_password, current_database() || '_device');
    UPDATE hub.device SET login = p_login WHERE device_id = p_device_id;
    RETURN p_login;
END
$$;

CREATE OR REPLACE FUNCTION hub.devices() RETURNS SETOF hub.device
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM hub.require_coordinator();
    RETURN QUERY SELECT * FROM hub.device ORDER BY created_at;
END
$$;

-- Public keys of every approved device: what a laptop needs to check signatures and to wrap
-- keys. The roster that vouches for them is a signed operation in the LIVC-R-wide scope.
CREATE OR REPLACE FUNCTION hub.device_keys()
RETURNS TABLE (device_id uuid, member_id uuid, sign_public text, box_public text, status text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT hub.caller_approved() THEN
        RAISE EXCEPTION 'livcr-hub: this device is not approved' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY SELECT d.device_id, d.member_id, d.sign_public, d.box_public, d.status
        FROM hub.device d WHERE d.status IN ('approved', 'revoked');
END
$$;

CREATE OR REPLACE FUNCTION hub.approve_device(p_device_id uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM hub.require_coordinator();
    UPDATE hub.device SET status = 'approved', approved_at = now()
    WHERE device_id = p_device_id AND status = 'enrolled';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'livcr-hub: no enrolled device % to approve', p_device_id
            USING ERRCODE = '42704';
    END IF;
END
$$;

-- Revoking a device: its login can no longer connect and nothing is served to it from now on.
CREATE OR REPLACE FUNCTION hub.revoke_device(p_device_id uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target hub.device;
BEGIN
    PERFORM hub.require_coordinator();
    SELECT * INTO target FROM hub.device WHERE device_id = p_device_id FOR UPDATE;
    IF target.device_id IS NULL THEN
        RAISE EXCEPTION 'livcr-hub: no device %', p_device_id USING ERRCODE = '42704';
    END IF;
    IF target.login = session_user THEN
        RAISE EXCEPTION 'livcr-hub: a device cannot revoke itself' USING ERRCODE = '42501';
    END IF;
    UPDATE hub.device SET status = 'revoked', revoked_at = now() WHERE device_id = p_device_id;
    DELETE FROM hub.scope_member WHERE device_id = p_device_id;
    EXECUTE format('ALTER ROLE %I NOLOGIN', target.login);
END
$$;

-- Who may pull a scope: set by the coordinator's device, which computes it from the roles and
-- invitations (the laptops check every operation's author again when it lands).
CREATE OR REPLACE FUNCTION hub.set_scope_members(p_scope_id uuid, p_devices uuid[])
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM hub.require_coordinator();
    DELETE FROM hub.scope_member
    WHERE scope_id = p_scope_id AND NOT (device_id = ANY (p_devices));
    INSERT INTO hub.scope_member (scope_id, device_id)
    SELECT p_scope_id, d.device_id FROM hub.device d
    WHERE d.device_id = ANY (p_devices) AND d.status = 'approved'
    ON CONFLICT DO NOTHING;
END
$$;

-- Which device holds which epoch of which scope's key: the coordinator's laptop compares it with
-- who may still see each scope, and rolls a scope's key over when a holder lost its right.
CREATE OR REPLACE FUNCTION hub.scope_key_holders()
RETURNS TABLE (scope_id uuid, epoch integer, device_id uuid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM hub.require_coordinator();
    RETURN QUERY SELECT k.scope_id, k.epoch, k.device_id FROM hub.scope_key k;
END
$$;

CREATE OR REPLACE FUNCTION hub.put_scope_keys(
    p_scope_id uuid, p_epoch integer, p_devices uuid[], p_wrapped bytea[]
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me hub.device;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(current_database() || '/hub-write'));
    me := hub.require_approved();
    -- A member's laptop may also make the FIRST key of a scope the hub has never heard of (a
    -- case registered there, e.g. by the Information Officer): epoch 1, wrapped for itself and
    -- the coordinator's devices only (again, harmlessly, while its operations wait to go out). The
    -- coordinator's laptop then decides who else may hold the scope, and rolls its key over when
    -- the creator may not (services/sync/first_key.py).
    IF NOT me.is_coordinator AND p_scope_id NOT IN (SELECT hub.visible_scopes())
       AND (p_epoch <> 1
            OR (NOT EXISTS (SELECT 1 FROM hub.scope_key k WHERE k.scope_id = p_scope_id
                            AND k.epoch = 1 AND k.device_id = me.device_id)
                AND (EXISTS (SELECT 1 FROM hub.scope_key k WHERE k.scope_id = p_scope_id)
                     OR EXISTS (SELECT 1 FROM hub.envelope e WHERE e.scope_id = p_scope_id)))
            OR NOT (me.device_id = ANY (p_devices))
            OR EXISTS (SELECT 1 FROM unnest(p_devices) AS t(d)
                       LEFT JOIN hub.device x ON x.device_id = t.d
                       WHERE t.d <> me.device_id
                         AND (x.device_id IS NULL OR NOT x.is_coordinator
                              OR x.status <> 'approved'))) THEN
        RAISE EXCEPTION 'livcr-hub: not a member of this scope' USING ERRCODE = '42501';
    END IF;
    INSERT INTO hub.scope_key (scope_id, epoch, device_id, wrapped)
    SELECT p_scope_id, p_epoch, d, w FROM unnest(p_devices, p_wrapped) AS t(d, w)
    ON CONFLICT DO NOTHING;
END
$$;

-- An erased case (issue 21): every wrapped key of its scopes (the case and its parts) is
-- destroyed, so the case's envelopes, here and in every old bundle or backup of a laptop, can
-- never be opened again. The envelopes and the scopes' members stay: envelopes are sealed links
-- of their devices' chains, and a laptop that wrote in the case before it heard of the erasure
-- must still be able to push (its laptop then erases them, and every other laptop skips them).
-- Only the coordinator's device may do this.
CREATE OR REPLACE FUNCTION hub.destroy_scopes(p_scopes uuid[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    destroyed integer;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(current_database() || '/hub-write'));
    PERFORM hub.require_coordinator();
    DELETE FROM hub.scope_key WHERE scope_id = ANY (p_scopes);
    GET DIAGNOSTICS destroyed = ROW_COUNT;
    RETURN destroyed;
END
$$;

-- Push: the caller's operations, in its device order, appended to its chain on the hub. A batch
-- sent twice (a lost acknowledgement) inserts nothing the second time; a batch that does not
-- continue the chain the hub holds is refused whole. Every write to the pulled tables takes the
-- same transaction lock, so server_seq is handed out in commit order and a cursor never skips a row
-- that commits late. Stamps further ahead of the server's clock
-- than the drift are kept but marked, so the laptops quarantine them.
CREATE OR REPLACE FUNCTION hub.push(
    p_op_ids uuid[], p_scopes uuid[], p_seqs bigint[], p_hlcs text[], p_prev text[],
    p_hashes text[], p_epochs integer[], p_versions integer[], p_bodies bytea[]
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me hub.device;
    head_seq bigint;
    head_hash text;
    inserted integer := 0;
    drift_ms bigint;
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    i integer;
    n integer;
    continues boolean;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(current_database() || '/hub-write'));
    me := hub.require_approved();
    SELECT coalesce(value::bigint, 300000) INTO drift_ms FROM hub.meta WHERE key = 'drift_ms';
    drift_ms := coalesce(drift_ms, 300000);
    SELECT device_seq, hash INTO head_seq, head_hash
    FROM hub.chain_head WHERE device_id = me.device_id FOR UPDATE;
    head_seq := coalesce(head_seq, 0);
    head_hash := coalesce(head_hash, repeat('0', 64));
    n := coalesce(array_length(p_op_ids, 1), 0);
    -- The usual batch simply continues the chain, in scopes the device may write: checked and
    -- inserted as one set (a first push carries tens of thousands of operations). Anything
    -- else (a batch sent again, a gap, a foreign scope) takes the loop below, one operation at
    -- a time, which says exactly which operation is refused and why.
    SELECT coalesce(bool_and(coalesce(t.ok, false)), true) INTO continues FROM (
        SELECT u.seq = head_seq + u.i
               AND u.prev = coalesce(lag(u.h) OVER (ORDER BY u.i), head_hash)
               AND (me.is_coordinator OR u.scope IN (SELECT hub.visible_scopes())
                    OR EXISTS (SELECT 1 FROM hub.scope_key k WHERE k.scope_id = u.scope
                               AND k.epoch = u.epoch AND k.device_id = me.device_id)) AS ok
        FROM unnest(p_seqs, p_prev, p_hashes, p_scopes, p_epochs)
             WITH ORDINALITY AS u(seq, prev, h, scope, epoch, i)
    ) t;
    IF n > 0 AND continues THEN
        INSERT INTO hub.envelope (op_id, scope_id, device_id, device_seq, hlc, prev_hash, hash,
                                  key_epoch, schema_version, body, clock_ahead)
        SELECT u.op_id, u.scope, me.device_id, u.seq, u.hlc, u.prev, u.h, u.epoch, u.version,
               u.body, split_part(u.hlc, '-', 1)::bigint > now_ms + drift_ms
        FROM unnest(p_op_ids, p_scopes, p_seqs, p_hlcs, p_prev, p_hashes, p_epochs, p_versions,
                    p_bodies) WITH ORDINALITY AS u(op_id, scope, seq, hlc, prev, h, epoch,
                                                   version, body, i)
        ORDER BY u.i;
        inserted := n;
        head_seq := p_seqs[n];
        head_hash := p_hashes[n];
        n := 0;  -- nothing left for the loop
    END IF;
    FOR i IN 1 .. n LOOP
        IF p_seqs[i] <= head_seq THEN
            IF NOT EXISTS (SELECT 1 FROM hub.envelope e WHERE e.device_id = me.device_id
                           AND e.device_seq = p_seqs[i] AND e.hash = p_hashes[i]
                           AND e.op_id = p_op_ids[i]) THEN
                RAISE EXCEPTION 'livcr-hub: operation % differs from the one the hub holds',
                    p_seqs[i] USING ERRCODE = '23505';
            END IF;
            CONTINUE;
        END IF;
        IF p_seqs[i] <> head_seq + 1 OR p_prev[i] <> head_hash THEN
            RAISE EXCEPTION 'livcr-hub: operation % does not continue the chain at %',
                p_seqs[i], head_seq USING ERRCODE = '22023';
        END IF;
        -- A member of the scope, or a device that was given this epoch's key: a laptop that
        -- wrote while invited and was removed before it could push must not be stuck forever
        -- (its whole chain waits behind that operation). The laptops check the author's right
        -- on the day it wrote, and quarantine what it was no longer allowed to do.
        IF NOT me.is_coordinator AND p_scopes[i] NOT IN (SELECT hub.visible_scopes())
           AND NOT EXISTS (SELECT 1 FROM hub.scope_key k WHERE k.scope_id = p_scopes[i]
                           AND k.epoch = p_epochs[i] AND k.device_id = me.device_id) THEN
            RAISE EXCEPTION 'livcr-hub: not a member of the scope of operation %', p_seqs[i]
                USING ERRCODE = '42501';
        END IF;
        INSERT INTO hub.envelope (op_id, scope_id, device_id, device_seq, hlc, prev_hash, hash,
                                  key_epoch, schema_version, body, clock_ahead)
        VALUES (p_op_ids[i], p_scopes[i], me.device_id, p_seqs[i], p_hlcs[i], p_prev[i],
                p_hashes[i], p_epochs[i], p_versions[i], p_bodies[i],
                split_part(p_hlcs[i], '-', 1)::bigint > now_ms + drift_ms);
        head_seq := p_seqs[i];
        head_hash := p_hashes[i];
        inserted := inserted + 1;
    END LOOP;
    INSERT INTO hub.chain_head VALUES (me.device_id, head_seq, head_hash)
    ON CONFLICT (device_id) DO UPDATE SET device_seq = excluded.device_seq, hash = excluded.hash;
    UPDATE hub.device SET last_contact = now() WHERE device_id = me.device_id;
    PERFORM pg_notify(current_database() || '_pushed', '');
    RETURN inserted;
END
$$;

CREATE OR REPLACE FUNCTION hub.push_signatures(
    p_first bigint[], p_last bigint[], p_epochs integer[], p_bodies bytea[]
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me hub.device;
    inserted integer;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(current_database() || '/hub-write'));
    me := hub.require_approved();
    INSERT INTO hub.signature (device_id, first_seq, last_seq, key_epoch, body)
    SELECT me.device_id, f, l, e, b FROM unnest(p_first, p_last, p_epochs, p_bodies) AS t(f, l, e, b)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RETURN inserted;
END
$$;

CREATE OR REPLACE FUNCTION hub.chain_head_of(p_device_id uuid)
RETURNS TABLE (device_seq bigint, hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT h.device_seq, h.hash FROM hub.chain_head h
    WHERE h.device_id = p_device_id AND hub.caller_approved()
$$;

DO $grants$
DECLARE
    db text := current_database();
BEGIN
    EXECUTE 'REVOKE ALL ON ALL FUNCTIONS IN SCHEMA hub FROM PUBLIC';
    EXECUTE format('GRANT EXECUTE ON FUNCTION hub.caller_device(), hub.visible_scopes(), '
        'hub.caller_approved(), hub.require_approved(), hub.enrol_device(text, text), '
        'hub.device_keys(), '
        'hub.put_scope_keys(uuid, integer, uuid[], bytea[]), '
        'hub.push(uuid[], uuid[], bigint[], text[], text[], text[], integer[], integer[], bytea[]), '
        'hub.push_signatures(bigint[], bigint[], integer[], bytea[]), '
        'hub.chain_head_of(uuid) TO %I', db || '_device');
    EXECUTE format('GRANT EXECUTE ON FUNCTION hub.require_coordinator(), '
        'hub.connect_coordinator(uuid, uuid, uuid, text, text), '
        'hub.invite_device(uuid, uuid, name, text), hub.devices(), hub.approve_device(uuid), '
        'hub.revoke_device(uuid), hub.set_scope_members(uuid, uuid[]), '
        'hub.scope_key_holders(), hub.destroy_scopes(uuid[]), '
        'hub.register_approved_device(uuid, uuid, text, text), '
        'hub.give_login(uuid, name, text) TO %I',
        db || '_coordinator');
END
$grants$;

INSERT INTO hub.meta VALUES ('schema_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
