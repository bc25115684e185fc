# The two set-up commands of the README:
#   make demo   builds chronicle and writes output/ from examples/corpus
#   make test   runs the test suite, then checks output/timeline.json against its JSON Schema
SWIFT ?= swift
CHRONICLE := .build/release/chronicle

.PHONY: demo test deps build validate clean bench

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build -c release --product chronicle

demo: build
	$(CHRONICLE) build examples/corpus --out output

test: deps
	$(SWIFT) test
	@$(MAKE) --no-print-directory validate

# Checks the committed output/timeline.json with a real JSON Schema validator.
validate:
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet jsonschema
	python3 scripts/validate-timeline.py output/timeline.json

clean:
	rm -rf .build

# Benchmarks (package-benchmark, in their own package): CHRONICLE_BENCH_DOCS sets the corpus size.
bench: deps
	cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --no-progress
