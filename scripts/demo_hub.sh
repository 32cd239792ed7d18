#!/usr/bin/env bash
# Try sync on one machine: the demo LIVC-R on two laptops (two data folders) through a real hub.
#
#   scripts/demo_hub.sh [DIR]          set it all up in DIR (default: ./demo-hub), run the first
#                                      syncs and print how to use both laptops
#   scripts/demo_hub.sh --stop [DIR]   stop the demo's PostgreSQL (then remove DIR if you like)
#
# Installs nothing: it uses Debian's `postgresql` package (scripts/setup.sh --test installs it).
# It starts a throwaway PostgreSQL cluster in DIR/postgres on a Unix socket only (no network
# port), as the `postgres` user when run as root (PostgreSQL refuses to run as root), then does
# what IT and a coordinator do on real machines:
#   livcr hub init      -> the hub schema and the coordinator's hub login
#   livcr hub connect   -> the coordinator's demo laptop (DIR/coordinator) joins the hub
#   livcr invite        -> an invitation for partner Olga Voorbeeld's own laptop
#   livcr join          -> her laptop (DIR/partner) enrols and shows its fingerprint
#   livcr devices approve, livcr sync on both laptops
# Every name in the demo is fictional. Secrets for scripting are in DIR/secrets (mode 600).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
LIVCR=${LIVCR:-$ROOT/.venv/bin/livcr}
DATABASE=livcr_demo
COORDINATOR=nora.fictief
PARTNER=olga.voorbeeld
# The demo's passphrase for every account (livcr_desktop/services/demo/passphrase.py).
PASSPHRASE=Oefenen-met-Fictieve-Data-2026

stop=0
if [ "${1:-}" = "--stop" ]; then
    stop=1
    shift
fi
DIR=$(realpath -m "${1:-$PWD/demo-hub}")
PG="$DIR/postgres"
SOCKET="$PG/socket"

pg_bindir() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
        echo "demo_hub: PostgreSQL's server is not installed: run scripts/setup.sh --test" >&2
        exit 1
    fi
    echo "$found"
}
BIN=$(pg_bindir)

as_pg() {  # run a PostgreSQL server command as an unprivileged user when we are root
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$stop" = 1 ]; then
    as_pg "$BIN/pg_ctl" -D "$PG/data" -m fast stop
    exit 0
fi

if [ -e "$DIR/coordinator" ] || [ -e "$PG" ]; then
    echo "demo_hub: $DIR already holds a demo; stop it (--stop) and remove the folder first" >&2
    exit 1
fi
if [ ! -x "$LIVCR" ]; then
    echo "demo_hub: $LIVCR not found: install the app first (scripts/setup.sh)" >&2
    exit 1
fi

mkdir -p "$DIR/secrets" "$SOCKET"
chmod 700 "$DIR/secrets"
if [ "$(id -u)" = 0 ]; then
    chown -R postgres: "$PG"
    if ! runuser -u postgres -- test -w "$PG"; then
        echo "demo_hub: the postgres user cannot reach $PG; choose a folder it can enter," >&2
        echo "          for instance: scripts/demo_hub.sh /tmp/demo-hub" >&2
        rm -rf "$DIR"
        exit 1
    fi
fi
chmod 700 "$PG"

secret() {  # write a secret file only the owner can read
    (umask 077 && printf '%s\n' "$2" >"$DIR/secrets/$1")
    echo "$DIR/secrets/$1"
}

echo "1/8 Starting a throwaway PostgreSQL in $PG (Unix socket only)"
as_pg "$BIN/initdb" -D "$PG/data" -U hubadmin --auth-local=trust --auth-host=reject \
    -E UTF8 --locale=C >"$PG/initdb.log"
# The administrator connects by peer trust on the socket; every other login needs its password.
as_pg sh -c "printf 'local all hubadmin trust\nlocal all all scram-sha-256\n' > '$PG/data/pg_hba.conf'"
as_pg "$BIN/pg_ctl" -D "$PG/data" -l "$PG/server.log" -w \
    -o "-k $SOCKET -c listen_addresses=''" start >/dev/null
"$BIN/psql" -h "$SOCKET" -U hubadmin -d postgres -q -c "CREATE DATABASE $DATABASE"

echo "2/8 Creating the demo LIVC-R on the coordinator's laptop ($DIR/coordinator)"
"$LIVCR" demo --data-dir "$DIR/coordinator" >/dev/null

hub_pw=$(secret hub-coordinator.pw "$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')")
pass=$(secret passphrase "$PASSPHRASE")
export PYTHON_KEYRING_BACKEND=${PYTHON_KEYRING_BACKEND:-keyring.backends.fail.Keyring}

echo "3/8 livcr hub init"
"$LIVCR" hub init --dsn "host=$SOCKET dbname=$DATABASE user=hubadmin" \
    --coordinator-login "${DATABASE}_coord" --coordinator-password-file "$hub_pw"

coord=(--data-dir "$DIR/coordinator" --account "$COORDINATOR" --passphrase-file "$pass"
    --hub-password-file "$hub_pw")
echo "4/8 livcr hub connect (coordinator)"
"$LIVCR" hub connect --dsn "host=$SOCKET dbname=$DATABASE user=${DATABASE}_coord" "${coord[@]}"
"$LIVCR" sync "${coord[@]}"

echo "5/8 livcr invite --member $PARTNER"
"$LIVCR" invite --member "$PARTNER" --out "$DIR/secrets/$PARTNER.invitation" "${coord[@]}"

echo "6/8 livcr join (the partner's laptop, $DIR/partner)"
joined=$("$LIVCR" join "$DIR/secrets/$PARTNER.invitation" --data-dir "$DIR/partner" \
    --passphrase-file "$pass")
echo "$joined"
fingerprint=$(printf '%s\n' "$joined" | sed -n 's/.*: \([0-9A-F]\{4\}\( [0-9A-F]\{4\}\)\{7\}\).*/\1/p' | head -n 1)
if [ -z "$fingerprint" ]; then
    echo "demo_hub: no fingerprint in the output of livcr join" >&2
    exit 1
fi
partner_hub_pw=$(secret "$PARTNER-hub.pw" "$("$ROOT/.venv/bin/python" -c \
    'import json,sys; print(json.load(open(sys.argv[1]))["password"])' \
    "$DIR/secrets/$PARTNER.invitation")")

echo "7/8 livcr devices approve $fingerprint"
"$LIVCR" devices approve "$fingerprint" "${coord[@]}"

echo "8/8 First syncs: the coordinator shares the keys, the partner receives its cases"
partner=(--data-dir "$DIR/partner" --account "$PARTNER" --passphrase-file "$pass"
    --hub-password-file "$partner_hub_pw")
"$LIVCR" sync "${coord[@]}"
"$LIVCR" sync "${partner[@]}"

cat <<EOF

The demo hub is running. Two laptops, one LIVC-R (passphrase of every account: $PASSPHRASE):

  Coordinator Nora Fictief:   $LIVCR --data-dir $DIR/coordinator
  Partner Olga Voorbeeld:     $LIVCR --data-dir $DIR/partner

Log an update on the partner's laptop (a case she is invited to, Trajectory), then sync both:

  $LIVCR sync --data-dir $DIR/partner --account $PARTNER --passphrase-file $pass --hub-password-file $partner_hub_pw
  $LIVCR sync --data-dir $DIR/coordinator --account $COORDINATOR --passphrase-file $pass --hub-password-file $hub_pw

and open the same case's dossier on the coordinator's laptop: the update is there.
Stop the hub:  $0 --stop $DIR
EOF
