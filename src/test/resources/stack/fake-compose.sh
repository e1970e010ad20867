#!/bin/sh
# Stands in for "docker compose" in the tests of the make targets: records each call in $FAKE_COMPOSE_LOG;
# "exec [-T] <service> <command…>" runs the command here, with the database settings the postgres
# service's container would have, against the test's PostgreSQL server. Other commands do nothing.
echo "$*" >> "$FAKE_COMPOSE_LOG"
if [ "$1" = exec ]; then
    shift
    [ "$1" = -T ] && shift
    shift
    exec env POSTGRES_USER="$FAKE_POSTGRES_USER" POSTGRES_DB="$FAKE_POSTGRES_DB" "$@"
fi
