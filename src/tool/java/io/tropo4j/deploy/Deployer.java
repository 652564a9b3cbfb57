package io.tropo4j.deploy;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.ContainerImage;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.core.Template;
import io.tropo4j.read.TemplateDocument;
import io.tropo4j.read.TemplateReadException;
import io.tropo4j.read.TemplateReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Deploys stacks through CloudFormation change sets, in process: create, update, plan, delete, and
 * what a stack is now. Each change set is shown before it runs, the stack's events are followed until
 * it settles, and all of it is reported to the {@link DeployListener}. A failure is a
 * {@link DeployException} that names the stack, the resource that failed and why.
 *
 * <p>A stack's release (its {@link SourceDirectory} bundle or its {@link StaticFiles}) is read from
 * git as of a commit. Bundles and templates over {@link #INLINE_LIMIT} go through the artifact
 * bucket, whose stack is created the first time one is needed. A plan only looks: it creates,
 * uploads, changes and deletes nothing but the change set it makes to show an update.
 */
public final class Deployer {
  /**
   * Seconds between two looks at a stack while waiting: a compile-time constant, so the command
   * line reads it without loading this class (and the AWS SDK with it).
   */
  public static final long POLL_SECONDS = 2;
  /** How often CloudFormation is asked while waiting. */
  public static final Duration POLL_INTERVAL = Duration.ofSeconds(POLL_SECONDS);
  /** The largest template, in bytes, CloudFormation takes inline; larger ones go through the bucket. */
  public static final int INLINE_LIMIT = 51_200;

  private final AwsClients aws;
  private final DeployListener listener;
  private final Duration pollInterval;
  private final Stacks stacks;
  private final StackWatcher watcher;
  private final ChangeSets changeSets;
  private ArtifactStore artifacts;

  public Deployer(AwsClients aws, DeployListener listener) {
    this(aws, listener, POLL_INTERVAL);
  }

  public Deployer(AwsClients aws, DeployListener listener, Duration pollInterval) {
    this.aws = aws;
    this.listener = listener;
    this.pollInterval = pollInterval;
    this.stacks = new Stacks(aws.cloudFormation);
    this.watcher = new StackWatcher(aws, listener, pollInterval);
    this.changeSets = new ChangeSets(aws.cloudFormation, watcher, listener);
  }

  /** Creates the stack; one whose first create failed (ROLLBACK_COMPLETE) is deleted and created again. */
  public Deployment create(DeployRequest request) {
    return deploy(request, Intent.CREATE);
  }

  /** Updates the stack; an update with nothing to change succeeds, and runs nothing. */
  public Deployment update(DeployRequest request) {
    return deploy(request, Intent.UPDATE);
  }

  /**
   * What a create or update would do, changing nothing. For a stack that exists, the change set an
   * update would run is made, shown and removed; for one that does not (or whose first create
   * failed), the resources a create would add are read off the template, as a change set would
   * create the stack. Nothing is uploaded: the keys a release would use are shown instead. Empty when
   * there is nothing to change.
   */
  public Optional<ChangeSetPreview> plan(DeployRequest request) {
    String name = request.stackName();
    try (ReleaseSource releases = ReleaseSource.of(request)) {
      Prepared prepared = prepare(request, Intent.PLAN, releases);
      Optional<ArtifactStore> store = existingArtifacts();
      if (prepared.action() != Intent.Action.UPDATE) {
        prepared.release().ifPresent(release -> reportWouldUpload(request, release, store, Optional.empty()));
        ChangeSetPreview preview = ChangeSetPreview.ofCreate(name, prepared.template());
        listener.plannedCreate(preview, prepared.action() == Intent.Action.REPLACE);
        return Optional.of(preview);
      }
      Stack stack = prepared.existing().orElseThrow();
      Map<String, String> given = new LinkedHashMap<>(request.parameters());
      given.putAll(ImageRelease.parameters(prepared.image()));
      prepared.release().ifPresent(release -> given.putAll(reportWouldUpload(request, release, store,
          Optional.of(stack))));
      String templateUrl = null;
      if (!prepared.body().fitsInline()) {
        String key = ArtifactStore.templateKey(name, prepared.body().json());
        if (store.isEmpty() || !store.get().has(key)) {
          // The change set would need the template in the bucket first, and a plan uploads nothing.
          ChangeSetPreview preview = ChangeSetPreview.compare(name,
              DeployedTemplate.parse(prepared.body().json()).orElseThrow(),
              stacks.template(name).orElse(new DeployedTemplate(Map.of())));
          listener.changeSet(preview);
          listener.planned(name);
          return Optional.of(preview);
        }
        templateUrl = store.get().url(key);
      }
      List<Parameter> parameters = Parameters.resolve(prepared.template(), name, given, stack.parameters());
      Optional<ChangeSets.ChangeSet> changeSet = changeSets.make(
          changeSetRequest(request, prepared.template(), prepared.body(), parameters, templateUrl, true),
          request.timeout());
      if (changeSet.isEmpty()) {
        return Optional.empty();
      }
      ChangeSetPreview preview = preview(changeSet.get(), prepared.template());
      changeSets.remove(changeSet.get(), true);
      listener.planned(name);
      return Optional.of(preview);
    }
  }

  /**
   * What an update would change, read off the template the stack runs (GetTemplate, as it was sent)
   * and its parameter values against the local template and the values an update would send: resources
   * added, removed and changed down to each property, parameters, outputs and the other sections. When
   * something differs, the change set of that update is made for CloudFormation's replacement flags
   * and removed again, also when this fails or the process is interrupted: nothing is uploaded, and
   * the stack and its change sets are left as they were.
   */
  public StackDiff diff(DeployRequest request) {
    String name = request.stackName();
    try (ReleaseSource releases = ReleaseSource.of(request)) {
      Prepared prepared = prepare(request, Intent.UPDATE, releases);
      Stack stack = prepared.existing().orElseThrow();
      TemplateDocument deployed = readTemplate(stacks.originalTemplate(name), "the template stack " + name + " runs");
      TemplateDocument local = readTemplate(prepared.body().json(), "the local template of stack " + name);
      Optional<ArtifactStore> store = existingArtifacts();
      Map<String, String> given = new LinkedHashMap<>(request.parameters());
      prepared.release().ifPresent(release -> given.putAll(reportWouldUpload(request, release, store,
          Optional.of(stack))));
      List<Parameter> sent = Parameters.resolve(prepared.template(), name, given, stack.parameters());
      List<ChangeSetPreview.DataAtRisk> risks = new ArrayList<>(TemplateComparison.removedData(deployed, local));
      StackDiff found = new StackDiff(name, TemplateComparison.resources(deployed, local),
          ParameterComparison.compare(deployed, local, stack.parameters(), sent),
          TemplateComparison.outputs(deployed, local), TemplateComparison.sections(deployed, local), Map.of(), risks,
          StackDiff.ChangeSetOutcome.NOT_NEEDED);
      if (!found.hasChanges()) {
        return found;
      }
      String templateUrl = null;
      if (!prepared.body().fitsInline()) {
        String key = ArtifactStore.templateKey(name, prepared.body().json());
        if (store.isEmpty() || !store.get().has(key)) {
          return withChangeSet(found, Map.of(), risks, StackDiff.ChangeSetOutcome.NEEDS_UPLOAD);
        }
        templateUrl = store.get().url(key);
      }
      CreateChangeSetRequest changeSet = changeSetRequest(request, prepared.template(), prepared.body(), sent,
          templateUrl, true);
      Optional<ChangeSetPreview> preview = lookOnly(changeSet, prepared.template(), request.timeout());
      if (preview.isEmpty()) {
        return withChangeSet(found, Map.of(), risks, StackDiff.ChangeSetOutcome.NO_CHANGES);
      }
      Map<String, String> replacements = new LinkedHashMap<>();
      for (ChangeSetPreview.PlannedChange change : preview.get().changes()) {
        if (change.replacement() != null) {
          replacements.put(change.logicalId(), change.replacement());
        }
      }
      for (ChangeSetPreview.DataAtRisk risk : preview.get().risks()) {
        if (risks.stream().noneMatch(r -> r.logicalId().equals(risk.logicalId()))) {
          risks.add(risk);
        }
      }
      return withChangeSet(found, replacements, risks, StackDiff.ChangeSetOutcome.MADE);
    }
  }

  private static StackDiff withChangeSet(StackDiff diff, Map<String, String> replacements,
      List<ChangeSetPreview.DataAtRisk> risks, StackDiff.ChangeSetOutcome outcome) {
    return new StackDiff(diff.stackName(), diff.resources(), diff.parameters(), diff.outputs(), diff.sections(),
        replacements, risks, outcome);
  }

  /**
   * Makes the change set, reads it and removes it; empty when CloudFormation finds nothing to change.
   * A shutdown hook removes it by name should the process be interrupted meanwhile, and a failure
   * removes it too, made or not.
   */
  private Optional<ChangeSetPreview> lookOnly(CreateChangeSetRequest request, Template template, Duration timeout) {
    String name = request.stackName();
    String changeSetName = request.changeSetName();
    Thread cleanup = new Thread(() -> changeSets.removeQuietly(name, changeSetName), "tropo4j-change-set-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    boolean removed = false;
    try {
      Optional<ChangeSets.ChangeSet> made = changeSets.make(request, timeout);
      if (made.isEmpty()) {
        removed = true; // refused, or made empty and removed by make itself
        return Optional.empty();
      }
      ChangeSetPreview preview = ChangeSetPreview.of(name, made.get().changes(), template, stacks.template(name));
      changeSets.remove(made.get(), true);
      removed = true;
      return Optional.of(preview);
    } finally {
      if (!removed) {
        changeSets.removeQuietly(name, changeSetName);
      }
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running, which is what it is for
      }
    }
  }

  private static TemplateDocument readTemplate(String body, String what) {
    try {
      return TemplateReader.read(body, what);
    } catch (TemplateReadException e) {
      throw new DeployException(what + " cannot be read: line " + e.line() + ", column " + e.column() + ": "
          + e.sentence(), e);
    }
  }

  /**
   * Changes only the given parameters of a stack that exists, on the template it runs now: every
   * other parameter keeps its value, the release included, so nothing is bundled or uploaded and no
   * new commit is needed ({@code ServiceState=Online}).
   */
  public Deployment setParameters(DeployRequest request) {
    String name = request.stackName();
    if (request.parameters().isEmpty()) {
      throw new DeployException("name the parameters to change, as Key=Value");
    }
    if (request.imageTag() != null) {
      throw new DeployException("set-params changes parameters on the release that runs now; an image tag is a new "
          + "release: update the stack with it instead");
    }
    Optional<Stack> existing = stacks.describe(name);
    Intent.UPDATE.action(name, existing);
    Stack stack = existing.orElseThrow();
    List<String> current = stack.parameters().stream().map(Parameter::parameterKey).toList();
    for (String key : request.parameters().keySet()) {
      if (!current.contains(key)) {
        throw new DeployException("stack " + name + " has no parameter '" + key + "'; its parameters are "
            + String.join(", ", current));
      }
    }
    Template template = template(request);
    Map<String, io.tropo4j.core.Parameter<?>> declared = Parameters.check(template, name, request.parameters());
    List<Parameter> parameters = new ArrayList<>();
    for (Parameter now : stack.parameters()) {
      String key = now.parameterKey();
      if (request.parameters().containsKey(key)) {
        parameters.add(Parameter.builder().parameterKey(key).parameterValue(request.parameters().get(key)).build());
      } else if (declared.containsKey(key)) {
        PreviousValues.keep(declared.get(key), now).ifPresent(parameters::add);
      } else {
        parameters.add(Parameter.builder().parameterKey(key).usePreviousValue(true).build());
      }
    }
    CreateChangeSetRequest changeSet = CreateChangeSetRequest.builder().stackName(name)
        .changeSetName("tropo4j-" + Instant.now().toEpochMilli()).changeSetType(ChangeSetType.UPDATE)
        .usePreviousTemplate(true).parameters(parameters).capabilities(Capabilities.of(template))
        .description("tropo4j " + request.stack().name() + ": parameters only").build();
    return execute(request, template, changeSets.make(changeSet, request.timeout()), true);
  }

  /** Deletes the stack and waits; returns the resources CloudFormation keeps. */
  public List<KeptResource> delete(DeployRequest request) {
    String name = request.stackName();
    Stack stack = stacks.existing(name);
    List<KeptResource> kept = stacks.keptOnDelete(name, template(request));
    delete(name, stack.stackId(), request.timeout());
    listener.deleted(name, kept);
    return kept;
  }

  public StackStatus status(String stackName) {
    Stack stack = stacks.existing(stackName);
    return new StackStatus(stackName, stack.stackStatusAsString(), stack.stackStatusReason(),
        stack.creationTime(), stack.lastUpdatedTime(), watcher.recentEvents(stack.stackId(), 10),
        Stacks.outputs(stack));
  }

  /** The outputs of a stack that must exist, by key. */
  public Map<String, String> outputs(String stackName) {
    return Stacks.outputs(stacks.existing(stackName));
  }

  /** The releases in the artifact bucket (or, for a static site, in its own bucket), newest first. */
  public ReleaseHistory releases(DeployRequest request) {
    return ReleaseHistory.read(request, stacks, existingArtifacts(), aws.s3);
  }

  /** The stack's template; a stack that cannot build one fails the deploy before anything is sent. */
  private static Template template(DeployRequest request) {
    try {
      return Catalog.build(request.stack());
    } catch (InvalidTemplateException e) {
      throw TemplateBody.invalid(e, request.stackName());
    }
  }

  /** What a create, update or plan starts from, all checked before anything is sent. */
  private record Prepared(Template template, TemplateBody body, Optional<Stack> existing, Intent.Action action,
      Optional<GitSource.Release> release, Optional<ImageRelease.Release> image) {}

  private Prepared prepare(DeployRequest request, Intent intent, ReleaseSource releases) {
    String name = request.stackName();
    Template template = template(request);
    TemplateBody body = TemplateBody.of(template, name);
    Parameters.check(template, name, request.parameters());
    Optional<ContainerImage> declared = ImageRelease.declared(request);
    if (declared.isPresent() && declared.get().tagOnly() && request.imageTag() != null) {
      Parameters.check(template, name, Map.of(declared.get().parameter(), request.imageTag()));
    }
    Optional<GitSource.Release> release = releases.release();
    Optional<Stack> existing = stacks.describe(name);
    Intent.Action action = intent.action(name, existing);
    // The image must be in ECR before the stack is touched: a missing one would keep the service trying.
    Optional<ImageRelease.Release> image = Optional.empty();
    if (declared.isPresent()) {
      image = new ImageRelease(aws.ecr(), stacks).resolve(request, declared.get(),
          action == Intent.Action.UPDATE ? existing : Optional.empty(), releases::commitId);
      image.ifPresent(i -> listener.imageFound(i.image(), i.pushedAt()));
    }
    return new Prepared(template, body, existing, action, release, image);
  }

  private Deployment deploy(DeployRequest request, Intent intent) {
    String name = request.stackName();
    try (ReleaseSource releases = ReleaseSource.of(request)) {
      Prepared prepared = prepare(request, intent, releases);
      Optional<Stack> current = prepared.existing();
      if (prepared.action() == Intent.Action.REPLACE) {
        listener.replacingFailedStack(name, current.get().stackStatusReason());
        delete(name, current.get().stackId(), request.timeout());
      }
      if (prepared.action() != Intent.Action.UPDATE) {
        current = Optional.empty();
      }
      Map<String, String> given = new LinkedHashMap<>(request.parameters());
      given.putAll(ImageRelease.parameters(prepared.image()));
      Optional<SourceDirectory> source = request.stack().source();
      if (source.isPresent()) {
        given.putAll(uploadBundle(releases.git(), prepared.release().orElseThrow(), source.get()));
      }
      Optional<StaticFiles> site = request.stack().staticFiles();
      if (site.isPresent()) {
        return releaseSite(request, prepared, releases.git(), site.get(), given, current);
      }
      return run(request, prepared, given, current);
    }
  }

  /**
   * A static site: its files go into its bucket first, then the stack switches to them, then the
   * distribution forgets what changed. A first create makes the stack without a release (so the
   * bucket exists), uploads, and only then names the release.
   */
  private Deployment releaseSite(DeployRequest request, Prepared prepared, GitSource git, StaticFiles site,
      Map<String, String> given, Optional<Stack> current) {
    String name = request.stackName();
    GitSource.Release release = prepared.release().orElseThrow();
    String releaseId = releaseId(release);
    String previous = current.flatMap(s -> Stacks.parameter(s, site.releaseParameter()))
        .filter(value -> !value.isEmpty()).orElse(null);
    if (current.isEmpty()) {
      Map<String, String> first = new LinkedHashMap<>(given);
      first.put(site.releaseParameter(), "");
      run(request, prepared, first, Optional.empty());
      listener.createdWithoutRelease(name, site.releaseParameter());
      current = Optional.of(stacks.existing(name));
    }
    Map<String, byte[]> files = git.files(release.commit(), site.path());
    if (files.isEmpty()) {
      throw new DeployException(site.path() + " is not in commit " + release.commit().shortId() + "; commit it first");
    }
    String bucket = stacks.physicalId(name, site.bucketResource()).orElseThrow(() ->
        new DeployException("stack " + name + " has no " + site.bucketResource() + " to publish " + site.path() + " to"));
    listener.siteUploaded(site.path(), new SiteRelease(aws.s3, bucket).publish(releaseId, files));
    listener.switchingRelease(name, previous, releaseId);
    given.put(site.releaseParameter(), releaseId);
    Deployment deployment = run(request, prepared, given, current);
    if (deployment.changed() && previous != null && site.distributionResource() != null) {
      Optional<Map<String, byte[]>> before = git.find(commitOf(previous)).map(c -> git.files(c, site.path()));
      List<String> changed = before.map(b -> SiteRelease.changedPaths(b, files)).orElse(List.of("/*"));
      Optional<String> distribution = stacks.physicalId(name, site.distributionResource());
      if (!changed.isEmpty() && distribution.isPresent()) {
        new Invalidations(aws.cloudFront(), listener, pollInterval).invalidate(distribution.get(), changed,
            name + "-" + releaseId + "-" + Instant.now().toEpochMilli(), request.timeout());
      }
    }
    return deployment;
  }

  /** A release's name: the commit id, and "-dirty" when HEAD went out with local changes. */
  static String releaseId(GitSource.Release release) {
    return release.commit().id() + (release.dirty() ? "-dirty" : "");
  }

  static String commitOf(String releaseId) {
    return releaseId.endsWith("-dirty") ? releaseId.substring(0, releaseId.length() - "-dirty".length()) : releaseId;
  }

  /** Makes the change set, shows it, runs it and follows the stack until it settles. */
  private Deployment run(DeployRequest request, Prepared prepared, Map<String, String> given, Optional<Stack> current) {
    String name = request.stackName();
    boolean update = current.isPresent();
    List<Parameter> parameters = Parameters.resolve(prepared.template(), name, given,
        current.map(Stack::parameters).orElse(List.of()));
    String templateUrl = null;
    if (!prepared.body().fitsInline()) {
      ArtifactStore store = artifacts();
      Artifact uploaded = store.putTemplate(name, prepared.body().json());
      listener.templateUploaded(uploaded);
      templateUrl = store.url(uploaded);
    }
    return execute(request, prepared.template(), changeSets.make(
        changeSetRequest(request, prepared.template(), prepared.body(), parameters, templateUrl, update),
        request.timeout()), update);
  }

  /** Shows the change set, runs it and follows the stack until it settles; nothing to run is success. */
  private Deployment execute(DeployRequest request, Template template, Optional<ChangeSets.ChangeSet> changeSet,
      boolean update) {
    String name = request.stackName();
    if (changeSet.isEmpty()) {
      Stack stack = stacks.existing(name);
      return new Deployment(name, stack.stackStatusAsString(), false, Stacks.outputs(stack));
    }
    preview(changeSet.get(), template);
    List<String> services = update ? stackServices(name) : List.of();
    Set<String> baseline = watcher.baseline(changeSet.get().stackId());
    changeSets.execute(changeSet.get());
    StackWatcher.Result result = watcher.watch(name, changeSet.get().stackId(), update ? "update" : "create",
        baseline, request.timeout(), services);
    if (!result.succeeded()) {
      throw new DeployException("stack " + name + " is " + result.status() + ": " + result.explanation(), name,
          result.status(), NextStep.NONE);
    }
    Deployment deployment = new Deployment(name, result.status(), true,
        stacks.describe(name).map(Stacks::outputs).orElse(Map.of()));
    listener.deployed(deployment);
    return deployment;
  }

  /**
   * The ECS services to follow while an update runs, by ARN: every one of the stack's. A change set
   * names the services it modifies, but not the ones whose tasks an update stops indirectly (a database
   * or a secret they need); and an emulator's change sets list resources they do not change and leave
   * out those they do. A service that does not change costs a look per poll and one line. A create's
   * services are followed from its events, which name each once it exists.
   */
  private List<String> stackServices(String name) {
    return new ArrayList<>(stacks.physicalIds(name, StackWatcher.ECS_SERVICE).values());
  }

  /**
   * Runs a task definition of the stack once on its cluster, with a command override, and follows it
   * until it stops, reporting its log lines as they arrive.
   */
  public TaskRun runTask(TaskRequest request) {
    return new CommandTask(aws, stacks, listener, pollInterval).run(request);
  }

  private static CreateChangeSetRequest changeSetRequest(DeployRequest request, Template template, TemplateBody body,
      List<Parameter> parameters, String templateUrl, boolean update) {
    CreateChangeSetRequest.Builder changeSet = CreateChangeSetRequest.builder().stackName(request.stackName())
        .changeSetName("tropo4j-" + Instant.now().toEpochMilli())
        .changeSetType(update ? ChangeSetType.UPDATE : ChangeSetType.CREATE)
        .parameters(parameters).capabilities(Capabilities.of(template))
        .description("tropo4j " + request.stack().name());
    if (templateUrl != null) {
      changeSet.templateURL(templateUrl);
    } else {
      changeSet.templateBody(body.json());
    }
    return changeSet.build();
  }

  private ChangeSetPreview preview(ChangeSets.ChangeSet changeSet, Template template) {
    ChangeSetPreview preview = ChangeSetPreview.of(changeSet.stackName(), changeSet.changes(), template,
        changeSet.type() == ChangeSetType.UPDATE ? stacks.template(changeSet.stackName()) : Optional.empty());
    listener.changeSet(preview);
    return preview;
  }

  /** Uploads the source bundle unless it is there; returns the parameters that tell the stack where it is. */
  private Map<String, String> uploadBundle(GitSource git, GitSource.Release release, SourceDirectory source) {
    SourceBundle bundle = SourceBundle.of(git, release, source);
    if (bundle.dirty()) {
      listener.dirtyWorkTree(bundle.key());
    }
    ArtifactStore store = artifacts();
    Artifact uploaded = store.put(bundle.key(), bundle.zip(), "application/zip");
    listener.sourceUploaded(source.path(), bundle.commit(), uploaded);
    return Map.of(source.bucketParameter(), uploaded.bucket(), source.keyParameter(), uploaded.key());
  }

  /**
   * For a plan: where the release would go, and whether it is there, uploading nothing; returns the
   * parameters a deploy would pass. A bucket not known yet keeps the stack's value.
   */
  private Map<String, String> reportWouldUpload(DeployRequest request, GitSource.Release release,
      Optional<ArtifactStore> store, Optional<Stack> stack) {
    Map<String, String> values = new LinkedHashMap<>();
    Optional<SourceDirectory> source = request.stack().source();
    if (source.isPresent()) {
      String key = SourceBundle.key(source.get(), release);
      listener.sourceWouldUpload(source.get().path(), release.commit().id(), key,
          store.map(s -> s.has(key)).orElse(false));
      store.map(ArtifactStore::bucket).or(() -> stack.flatMap(s -> Stacks.parameter(s, source.get().bucketParameter())))
          .ifPresent(bucket -> values.put(source.get().bucketParameter(), bucket));
      values.put(source.get().keyParameter(), key);
    }
    Optional<StaticFiles> site = request.stack().staticFiles();
    if (site.isPresent()) {
      String releaseId = releaseId(release);
      boolean there = stack.flatMap(s -> stacks.physicalId(request.stackName(), site.get().bucketResource()))
          .map(bucket -> new SiteRelease(aws.s3, bucket).isComplete(releaseId)).orElse(false);
      listener.sourceWouldUpload(site.get().path(), release.commit().id(), StaticFiles.prefix(releaseId), there);
      values.put(site.get().releaseParameter(), releaseId);
    }
    return values;
  }

  /** The artifact bucket if its stack is there; never creates it. */
  private Optional<ArtifactStore> existingArtifacts() {
    if (artifacts == null) {
      stacks.physicalId(BootstrapStack.NAME, BootstrapStack.BUCKET)
          .ifPresent(bucket -> artifacts = new ArtifactStore(aws.s3, bucket));
    }
    return Optional.ofNullable(artifacts);
  }

  /**
   * The artifact bucket, found through its stack; the stack is deployed first if it is not there
   * (it needs no artifacts itself: no source, a small template).
   */
  private ArtifactStore artifacts() {
    if (existingArtifacts().isEmpty()) {
      listener.bootstrapping(BootstrapStack.NAME);
      deploy(new DeployRequest(new BootstrapStack(), BootstrapStack.NAME), Intent.CREATE_OR_UPDATE);
      String bucket = stacks.physicalId(BootstrapStack.NAME, BootstrapStack.BUCKET).orElseThrow(() ->
          new DeployException("stack " + BootstrapStack.NAME + " was created but has no " + BootstrapStack.BUCKET));
      artifacts = new ArtifactStore(aws.s3, bucket);
    }
    return artifacts;
  }

  private void delete(String name, String stackId, Duration timeout) {
    Set<String> baseline = watcher.baseline(stackId);
    listener.deleting(name);
    try {
      aws.cloudFormation.deleteStack(b -> b.stackName(stackId));
    } catch (SdkException e) {
      throw Errors.explain(e, "deleting stack " + name);
    }
    StackWatcher.Result result = watcher.watch(name, stackId, "delete", baseline, timeout);
    if (!"DELETE_COMPLETE".equals(result.status())) {
      throw new DeployException("stack " + name + " is " + result.status() + ": " + result.explanation(), name,
          result.status(), NextStep.NONE);
    }
  }
}
