#!/usr/bin/env python3
"""A throwaway PostgreSQL server for the tests: a new cluster in a folder, on a free local port.

    python3 tools/postgres_server.py start FOLDER   # prints the database URL
    python3 tools/postgres_server.py stop FOLDER    # stops the server and removes FOLDER

Uses the server programs of an installed PostgreSQL (Debian's postgresql
package puts them in /usr/lib/postgresql/VERSION/bin); installs nothing. As
root, the cluster belongs to the `postgres` user, since initdb and postgres
refuse to run as root. The cluster listens on 127.0.0.1 only, trusts local
connections, and is made with the C.UTF-8 locale (text sorts by code point,
as SQLite sorts it) and without fsync: it is for tests, not for data.

The URL names a database `factstore` that the superuser `postgres` owns;
the tests create their own databases beside it (tests/postgres.py).
Standard library only, so that .ci/run can use it before any virtual
environment exists.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path

DATABASE = "factstore"
SUPERUSER = "postgres"


class NoPostgres(Exception):
    """PostgreSQL's server programs are not installed."""


def server_programs() -> Path:
    """The folder holding initdb and pg_ctl: the newest Debian install, else whatever is on PATH."""
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(f.split("/")[-2].split(".")[0]))
    for folder in reversed(folders):
        if os.access(f"{folder}/initdb", os.X_OK) and os.access(f"{folder}/pg_ctl", os.X_OK):
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    raise NoPostgres("PostgreSQL's server programs (initdb, pg_ctl) are not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_owner(command: list[str]) -> list[str]:
    """The command as the cluster's owner: `postgres` when run as root, else the caller."""
    if os.geteuid() != 0:
        return command
    try:
        pwd.getpwnam(SUPERUSER)
    except KeyError:
        raise NoPostgres(f"running as root, and there is no '{SUPERUSER}' user to own the cluster") from None
    return ["runuser", "-u", SUPERUSER, "--", *command]


def start(folder: Path) -> str:
    """Make a cluster in `folder`, start it, create the database; returns its SQLAlchemy URL."""
    programs = server_programs()
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER)
    data, port = folder / "data", free_port()
    subprocess.run(as_owner([str(programs / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
                             "--encoding=UTF8", "--locale=C.UTF-8"]),
                   check=True, stdout=subprocess.DEVNULL)
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off")
    subprocess.run(as_owner([str(programs / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                             "-o", options, "-w", "-t", "60", "start"]),
                   check=True, stdout=subprocess.DEVNULL)
    (folder / "port").write_text(str(port))
    subprocess.run(as_owner([str(programs / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", SUPERUSER,
                             "-d", "postgres", "-qc", f"CREATE DATABASE {DATABASE}"]),
                   check=True, stdout=subprocess.DEVNULL)
    return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/{DATABASE}"


def stop(folder: Path) -> None:
    """Stop the server started in `folder`, if it runs, and remove the folder."""
    folder = Path(folder).resolve()
    if (folder / "data" / "postmaster.pid").exists():
        subprocess.run(as_owner([str(server_programs() / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast",
                                 "-w", "stop"]),
                       check=False, stdout=subprocess.DEVNULL)
    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        if argv[0] == "start":
            print(start(Path(argv[1])))
        else:
            stop(Path(argv[1]))
    except NoPostgres as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        log = Path(argv[1]) / "server.log"
        print(f"error: {' '.join(error.cmd)} failed (exit status {error.returncode})"
              + (f"\n{log.read_text()}" if log.exists() else ""), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
