# The two set-up commands of the README:
#   make demo   builds chronicle and writes output/ from examples/corpus
#   make test   runs the test suite, then reads every file in output/ with a real reader
SWIFT ?= swift
CHRONICLE := .build/release/chronicle

.PHONY: demo test deps build validate clean bench

deps:
	@scripts/install-deps

build: deps
	SWIFT=$(SWIFT) scripts/build-release chronicle

demo: build
	$(CHRONICLE) build examples/corpus --out output

test: deps
	$(SWIFT) test
	@$(MAKE) --no-print-directory validate

# Reads every committed output with a real reader: the JSON Schema, an XML parser, networkx, csv.
validate:
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet jsonschema
	@python3 -c "import networkx" 2>/dev/null || python3 -m pip install --quiet networkx
	@scripts/install-deps cmark || true
	python3 scripts/check-outputs.py output

clean:
	rm -rf .build

# Benchmarks (package-benchmark, in their own package): CHRONICLE_BENCH_DOCS sets the corpus size.
# The command benchmarks (start-up, build on the examples) run the release binary `build` makes.
bench: build
	@scripts/install-deps graphviz=dot || echo "bench: without the dot program, in-process rendering is not compared with it"
	cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --no-progress
