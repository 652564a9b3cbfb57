# tropo4j: the user's entry points. `make templates` writes output/, `make test` is what CI runs.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

MVN ?= mvn -B -q
PYTHON ?= python3
VENV := .venv
JAR := target/tropo4j.jar
CDS := target/tropo4j.jsa
# Start-up is most of a `templates` run: C1 only, the serial collector, and an application
# class-data-sharing archive (made once per build) keep it short.
JAVA := java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:SharedArchiveFile=$(CDS)
SOURCES := pom.xml $(shell find src/main src/generated userdata functions -type f 2>/dev/null)
LINTED = $(wildcard output/*.json output/*.yaml)

.PHONY: templates test lint check-output validate list bench clean java-command generate update-spec \
  create_stack update_stack delete_stack plan_stack status_stack outputs_stack demo

templates: $(JAR)
	$(JAVA) -jar $(JAR) templates --out output

validate list: $(JAR)
	$(JAVA) -jar $(JAR) $@

# Deploying: make create_stack STACK=webapp PARAMS="VpcId=vpc-1 Subnets=subnet-a,subnet-b ..."
# [STACK_NAME=name] [PARAMS_FILE=params.json] [ALLOW_DIRTY=1]. AWS settings are the SDK's own:
# AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL, the credentials chain.
DEPLOY_ARGS = $(STACK) $(if $(STACK_NAME),--stack-name $(STACK_NAME)) \
  $(foreach p,$(PARAMS),--param $(p)) $(if $(PARAMS_FILE),--params-file $(PARAMS_FILE)) \
  $(if $(ALLOW_DIRTY),--allow-dirty)

create_stack update_stack delete_stack plan_stack status_stack outputs_stack: $(JAR)
	$(JAVA) -jar $(JAR) $(@:_stack=) $(DEPLOY_ARGS)

# The webapp stack created, updated and deleted against moto, the local AWS emulator.
demo: $(JAR) $(VENV)/.installed
	src/demo/run.sh

$(JAR): $(SOURCES)
	$(MVN) -DskipTests package
	cp target/tropo4j-*-SNAPSHOT.jar $(JAR)
	$(MAKE) --no-print-directory $(CDS)

$(CDS): $(JAR)
	rm -f $(CDS)
	java -XX:ArchiveClassesAtExit=$(CDS) -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
	  -jar $(JAR) templates --out target/cds-warmup > /dev/null 2>&1 || rm -f $(CDS)

$(VENV)/.installed: requirements-dev.txt src/webapp/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Unit and end-to-end tests, then the emitted templates: current, and clean under cfn-lint.
test: $(VENV)/.installed
	cd src/webapp && ../../$(VENV)/bin/python -m pytest -q -p no:cacheprovider
	cd functions && ../$(VENV)/bin/python -m pytest -q -p no:cacheprovider
	mvn -B verify
	cp target/tropo4j-*-SNAPSHOT.jar $(JAR)
	$(MAKE) --no-print-directory $(CDS) check-output lint

# output/ is committed for review; it must be exactly what the code emits now.
check-output: $(JAR)
	rm -rf target/fresh-output
	$(JAVA) -jar $(JAR) templates --out target/fresh-output > /dev/null
	mkdir -p output
	diff -r -x .gitkeep output target/fresh-output \
	  || { echo "output/ is stale: run 'make templates' and commit it"; exit 1; }

lint: $(VENV)/.installed
	@if [ -n "$(LINTED)" ]; then $(VENV)/bin/cfn-lint $(LINTED) && echo "cfn-lint: $(words $(LINTED)) templates clean"; \
	else echo "cfn-lint: no templates in output/"; fi

# The JVM command line `templates` runs with, so the benchmark times exactly what users run.
java-command:
	@echo '$(JAVA)'

# Maintainers: regenerate src/generated from the pinned specification. The generator is compiled
# on its own, so a generated tree that no longer compiles can still be regenerated.
SPEC := src/codegen/spec/db.json.gz
CODEGEN := target/codegen
generate:
	$(MVN) dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$(CODEGEN).classpath
	rm -rf $(CODEGEN)-classes
	javac -nowarn -d $(CODEGEN)-classes -cp "$$(cat $(CODEGEN).classpath)" \
	  $$(find src/codegen/java -name '*.java')
	java -cp "$(CODEGEN)-classes:$$(cat $(CODEGEN).classpath)" io.tropo4j.codegen.Generate $(SPEC) src/generated/java

# Fetch the newest published specification, record its version, regenerate. Commit the result on
# its own: the diff of src/generated is the list of what AWS changed.
update-spec:
	rm -rf target/spec && mkdir -p target/spec
	cd target/spec && npm pack --silent @aws-cdk/aws-service-spec > /dev/null && tar xzf aws-cdk-aws-service-spec-*.tgz
	cp target/spec/package/db.json.gz $(SPEC)
	$(PYTHON) -c 'import json; print(json.load(open("target/spec/package/package.json"))["version"])' \
	  > src/codegen/spec/VERSION
	@echo "specification $$(cat src/codegen/spec/VERSION)"
	$(MAKE) --no-print-directory generate

bench: $(VENV)/.installed
	src/bench/run.sh

clean:
	mvn -B -q clean
