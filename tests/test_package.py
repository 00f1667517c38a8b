"""The project as a package: the `factstore` command, what the wheel carries, no sys.path edits."""
import importlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile

import pytest

from conftest import REPO, TEXTS, query, seed_into

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())


def test_the_console_command_is_the_cli_main():
    module, _, function = PYPROJECT["project"]["scripts"]["factstore"].partition(":")
    assert getattr(importlib.import_module(module), function) is importlib.import_module("factstore.cli").main


def test_factstore_seed_takes_the_options_of_seed_py(tmp_path, capsys):
    from factstore import cli

    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert cli.main(["seed", "--db", str(one), "--processes", "1", str(TEXTS / "corpus" / "wire.txt")]) == 0
    command_out = capsys.readouterr().out
    assert seed_into(two, TEXTS / "corpus" / "wire.txt") == 0
    assert capsys.readouterr().out == command_out
    rows = "select source_file, title, outlet, published_on from articles"
    assert query(one, rows) == query(two, rows) and len(query(one, rows)) == 1
    assert cli.main(["seed", "--db", str(one), str(tmp_path / "missing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_factstore_migrate_creates_the_schema(tmp_path):
    from factstore import cli

    db = tmp_path / "empty.db"
    assert cli.main(["migrate", "--db", str(db)]) == 0
    assert query(db, "select count(*) from articles") == [(0,)]


def test_the_package_declares_models_and_the_migrations():
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert "models" in setuptools["py-modules"]
    assert setuptools["package-dir"]["factstore.migrations"] == "migrations"
    assert {"factstore.migrations", "factstore.migrations.versions"} <= set(setuptools["packages"])
    assert "data/*" in setuptools["package-data"]["factstore"]


def test_no_script_edits_sys_path():
    scripts = [*REPO.glob("*.py"), *(p for d in ("factstore", "migrations", "tests", "tools", "bench")
                                     for p in (REPO / d).glob("**/*.py"))]
    edits = [str(path.relative_to(REPO)) for path in scripts
             if "sys.path" + ".insert" in path.read_text(encoding="utf-8")]
    assert edits == []


@pytest.mark.slow
def test_pip_install_gives_a_command_that_seeds_from_any_folder(tmp_path):
    """Build the wheel, install it into a new virtual environment and seed from another folder."""
    source, dist = tmp_path / "source", tmp_path / "dist"  # a copy: the build leaves nothing in the clone
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "*.db*",
                                                                "__pycache__"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist),
                    str(source)], check=True, cwd=tmp_path)
    [wheel] = dist.glob("factstore-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"models.py", "factstore/cli.py", "factstore/migrations/env.py", "factstore/migrations/script.py.mako",
            "factstore/data/cue_rules.tsv"} <= names
    assert any(re.fullmatch(r"factstore/migrations/versions/\w+\.py", n) for n in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "FACTS_DB")}
    done = subprocess.run([venv / "bin" / "factstore", "seed", "--db", "x.db", str(TEXTS / "corpus")],
                          cwd=elsewhere, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "articles: 5 added" in done.stdout
    assert query(elsewhere / "x.db", "select count(*) from articles") == [(5,)]
