#!/bin/sh
# pgAdmin's entrypoint, after writing the history database's password into the passfile that
# servers.json names: pgAdmin resolves it in the storage folder of its default user, named after the
# email with '@' as '_'. The file is rewritten at every start, so a changed POSTGRES_PASSWORD applies.
set -eu

storage="/var/lib/pgadmin/storage/$(printf '%s' "$PGADMIN_DEFAULT_EMAIL" | sed 's/@/_/')"
mkdir -p "$storage"
umask 077
# pgpass format: host:port:database:user:password, with ':' and '\' escaped in the password.
password=$(printf '%s' "$POSTGRES_PASSWORD" | sed 's/[\\:]/\\&/g')
printf 'postgres:5432:*:*:%s\n' "$password" > "$storage/.pgpass"
chmod 600 "$storage/.pgpass"

exec /entrypoint.sh "$@"
