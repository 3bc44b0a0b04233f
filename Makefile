# The two set-up commands are `make demo` and `make test`; both create .venv when needed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test lint eval bench bench-scale mongo mongo-stop redis redis-stop splash splash-stop scrapyd scrapyd-stop deploy \
	schedule-dry-run jobs clean

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

# the fixture web, the newest hold-out (first scored before any rule was changed for it) and
# the page-level rules against cases modelled on real school pages
eval: install
	$(PY) -m tests.fixtureweb.evaluate
	$(PY) -m tests.fixtureweb.evaluate --holdout
	$(PY) -m tests.realpages.evaluate

bench: install
	$(PY) -m bench.run

# 20,000 small sites in one crawl: speed, RSS by schools finished, 2 workers, national estimate
bench-scale: install
	$(PY) -m bench.scale

mongo: install
	bash scripts/mongo.sh start 27017 .run/mongo

mongo-stop:
	bash scripts/mongo.sh stop

# the school queue of distributed crawls (docs/distributed.md); prints its redis:// URL
redis:
	bash scripts/redis.sh start 6379 .run/redis

redis-stop:
	bash scripts/redis.sh stop .run/redis

splash:
	bash scripts/splash.sh install
	bash scripts/splash.sh start 8050

splash-stop:
	bash scripts/splash.sh stop

scrapyd: install
	bash scripts/scrapyd.sh start 6800 .run/scrapyd

scrapyd-stop:
	bash scripts/scrapyd.sh stop .run/scrapyd

# builds the egg and uploads it to scrapy.cfg's [deploy] target (the scrapyd started above,
# or TOCHKA_SCRAPYD_URL); dependencies come from `make install`: scrapyd runs from .venv
deploy: install
	bash scripts/scrapyd.sh deploy .run/scrapyd

schedule-dry-run: install
	$(PY) -m tochka.schedule --schedule deploy/schedule.toml --dry-run

jobs: install
	$(PY) -m tochka.jobs --schedule deploy/schedule.toml

clean:
	rm -rf build *.egg-info .pytest_cache .run
