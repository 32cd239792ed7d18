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
#   livcr invite        -> invitations for partner Olga Voorbeeld's and chair Bram Verzonnen's
#                          own laptops
#   livcr join          -> their laptops (DIR/partner, DIR/chair) enrol, show their fingerprints
#   livcr devices approve, livcr sync on the three laptops
# Every name in the demo is fictional. Secrets for scripting are in DIR/secrets (mode 600).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
LIVCR=${LIVCR:-$ROOT/.venv/bin/livcr}
DATABASE=livcr_demo
COORDINATOR=nora.fictief
PARTNER=olga.voorbeeld
CHAIR=bram.verzonnen
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
# The commands below read every secret from DIR/secrets; the keyring is used once, at the end.
keyring_backend=${PYTHON_KEYRING_BACKEND:-}
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring

echo "3/8 livcr hub init"
"$LIVCR" hub init --dsn "host=$SOCKET dbname=$DATABASE user=hubadmin" \
    --coordinator-login "${DATABASE}_coord" --coordinator-password-file "$hub_pw"

coord=(--data-dir "$DIR/coordinator" --account "$COORDINATOR" --passphrase-file "$pass"
    --hub-password-file "$hub_pw")
echo "4/8 livcr hub connect (coordinator)"
"$LIVCR" hub connect --dsn "host=$SOCKET dbname=$DATABASE user=${DATABASE}_coord" "${coord[@]}"
"$LIVCR" sync "${coord[@]}"

enrol() {  # enrol MEMBER FOLDER: invite, join, approve (what a coordinator and a member do)
    local member=$1 folder=$2 joined fingerprint
    "$LIVCR" invite --member "$member" --out "$DIR/secrets/$member.invitation" "${coord[@]}"
    joined=$("$LIVCR" join "$DIR/secrets/$member.invitation" --data-dir "$folder" \
        --passphrase-file "$pass")
    echo "$joined"
    fingerprint=$(printf '%s\n' "$joined" |
        sed -n 's/.*: \([0-9A-F]\{4\}\( [0-9A-F]\{4\}\)\{7\}\).*/\1/p' | head -n 1)
    if [ -z "$fingerprint" ]; then
        echo "demo_hub: no fingerprint in the output of livcr join" >&2
        exit 1
    fi
    secret "$member-hub.pw" "$("$ROOT/.venv/bin/python" -c \
        'import json,sys; print(json.load(open(sys.argv[1]))["password"])' \
        "$DIR/secrets/$member.invitation")" >/dev/null
    "$LIVCR" devices approve "$fingerprint" "${coord[@]}"
}

echo "5/8 livcr invite, join, devices approve: partner $PARTNER's own laptop ($DIR/partner)"
enrol "$PARTNER" "$DIR/partner"
echo "6/8 livcr invite, join, devices approve: chair $CHAIR's own laptop ($DIR/chair)"
enrol "$CHAIR" "$DIR/chair"
partner_hub_pw="$DIR/secrets/$PARTNER-hub.pw"
chair_hub_pw="$DIR/secrets/$CHAIR-hub.pw"

echo "7/8 livcr sync (coordinator): the keys of their cases go to the new laptops"
"$LIVCR" sync "${coord[@]}"
echo "8/8 First syncs of the partner's and the chair's laptops"
partner=(--data-dir "$DIR/partner" --account "$PARTNER" --passphrase-file "$pass"
    --hub-password-file "$partner_hub_pw")
chair=(--data-dir "$DIR/chair" --account "$CHAIR" --passphrase-file "$pass"
    --hub-password-file "$chair_hub_pw")
"$LIVCR" sync "${partner[@]}"
"$LIVCR" sync "${chair[@]}"

# The app syncs in the background with the hub password from the OS keyring: put each laptop's
# there when this computer has one (a desktop session), else the app says the password is
# missing and the `livcr sync` lines below do the syncing.
remember() {  # remember FOLDER PASSWORD_FILE
    (
        if [ -n "$keyring_backend" ]; then export PYTHON_KEYRING_BACKEND=$keyring_backend
        else unset PYTHON_KEYRING_BACKEND; fi
        "$ROOT/.venv/bin/python" -c '
import sys
from pathlib import Path
from livcr_desktop.services.sync.first_sync import remember_invitation_password
from livcr_desktop.store.datafolder import DataFolder
folder = Path(sys.argv[1])
password = Path(sys.argv[2]).read_text(encoding="utf-8").strip()
sys.exit(0 if remember_invitation_password(folder, DataFolder(folder).device_id(), password) else 1)
' "$1" "$2" 2>/dev/null
    )
}
if remember "$DIR/coordinator" "$hub_pw" && remember "$DIR/partner" "$partner_hub_pw" &&
    remember "$DIR/chair" "$chair_hub_pw"; then
    keyring_note="The hub passwords are in this computer's keyring: the app on each laptop syncs
in the background (every minute while it is open)."
else
    keyring_note="This computer has no keyring: the app cannot sync in the background (its Sync
area says the hub password is missing); the livcr sync lines above do the syncing."
fi

cat <<EOF

The demo hub is running. Three laptops, one LIVC-R (passphrase of every account: $PASSPHRASE):

  Coordinator Nora Fictief:   $LIVCR --data-dir $DIR/coordinator
  Partner Olga Voorbeeld:     $LIVCR --data-dir $DIR/partner
  Chair Bram Verzonnen:       $LIVCR --data-dir $DIR/chair

Log an update on the partner's laptop (a case she is invited to, Trajectory), or approve minutes
on the chair's laptop (To sign lists six sets of draft minutes; the newest is the last working
day's evening meeting, which decided the feedback forms), then sync that laptop and the coordinator's:

  $LIVCR sync --data-dir $DIR/partner --account $PARTNER --passphrase-file $pass --hub-password-file $partner_hub_pw
  $LIVCR sync --data-dir $DIR/chair --account $CHAIR --passphrase-file $pass --hub-password-file $chair_hub_pw
  $LIVCR sync --data-dir $DIR/coordinator --account $COORDINATOR --passphrase-file $pass --hub-password-file $hub_pw

and open the same case's dossier, or the same meeting's minutes, on the coordinator's laptop:
the update is there, the minutes are approved.
$keyring_note
Stop the hub:  $0 --stop $DIR
EOF
