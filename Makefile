# The two set-up commands are `make demo` and `make test`; both create .venv when needed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test lint eval bench mongo mongo-stop splash splash-stop clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: install
	bash scripts/demo.sh

test: install lint
	$(PY) -m pytest --cov --cov-report=term:skip-covered

lint: install
	$(VENV)/bin/ruff check tochka tests bench scripts
	$(VENV)/bin/mypy

eval: install
	$(PY) -m tests.fixtureweb.evaluate

bench: install
	$(PY) -m bench.run

mongo: install
	bash scripts/mongo.sh start 27017 .run/mongo

mongo-stop:
	bash scripts/mongo.sh stop

splash:
	bash scripts/splash.sh install
	bash scripts/splash.sh start 8050

splash-stop:
	bash scripts/splash.sh stop

clean:
	rm -rf build *.egg-info .pytest_cache .run
