package io.tropo4j.deploy;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
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
 * <p>Source bundles and templates over {@link #INLINE_LIMIT} go through the artifact bucket, whose
 * stack is created the first time one is needed.
 */
public final class Deployer {
  /** How often CloudFormation is asked while waiting. */
  public static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
  /** The largest template, in bytes, CloudFormation takes inline; larger ones go through the bucket. */
  public static final int INLINE_LIMIT = 51_200;

  private final AwsClients aws;
  private final DeployListener listener;
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
   * Makes the change set a create or update would run, reports it, and removes it again: nothing
   * runs and no stack is left behind. Empty when there is nothing to change.
   */
  public Optional<ChangeSetPreview> plan(DeployRequest request) {
    boolean existed = stacks.describe(request.stackName())
        .filter(s -> !"REVIEW_IN_PROGRESS".equals(s.stackStatusAsString())).isPresent();
    Template template = template(request);
    Optional<ChangeSets.ChangeSet> changeSet = changeSet(request, template, Intent.PLAN);
    if (changeSet.isEmpty()) {
      return Optional.empty();
    }
    ChangeSetPreview preview = preview(changeSet.get(), template);
    changeSets.remove(changeSet.get(), existed);
    listener.planned(request.stackName());
    return Optional.of(preview);
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

  /** The stack's template; a stack that cannot build one fails the deploy before anything is sent. */
  private static Template template(DeployRequest request) {
    try {
      return Catalog.build(request.stack());
    } catch (InvalidTemplateException e) {
      throw TemplateBody.invalid(e, request.stackName());
    }
  }

  private Deployment deploy(DeployRequest request, Intent intent) {
    String name = request.stackName();
    Template template = template(request);
    Optional<ChangeSets.ChangeSet> changeSet = changeSet(request, template, intent);
    if (changeSet.isEmpty()) {
      Stack stack = stacks.existing(name);
      return new Deployment(name, stack.stackStatusAsString(), false, Stacks.outputs(stack));
    }
    preview(changeSet.get(), template);
    Set<String> baseline = watcher.baseline(changeSet.get().stackId());
    changeSets.execute(changeSet.get());
    StackWatcher.Result result = watcher.watch(name, changeSet.get().stackId(), baseline, request.timeout());
    if (!result.succeeded()) {
      throw new DeployException("stack " + name + " is " + result.status() + ": " + result.explanation(), name,
          result.status(), NextStep.NONE);
    }
    Deployment deployment = new Deployment(name, result.status(), true,
        stacks.describe(name).map(Stacks::outputs).orElse(Map.of()));
    listener.deployed(deployment);
    return deployment;
  }

  /** Everything up to a computed change set; empty when there is nothing to change. */
  private Optional<ChangeSets.ChangeSet> changeSet(DeployRequest request, Template template, Intent intent) {
    String name = request.stackName();
    TemplateBody body = TemplateBody.of(template, name);
    Parameters.check(template, name, request.parameters());
    Optional<Stack> existing = stacks.describe(name);
    Intent.Action action = intent.action(name, existing);
    Set<String> previous = new HashSet<>();
    if (action == Intent.Action.REPLACE) {
      listener.replacingFailedStack(name, existing.get().stackStatusReason());
      delete(name, existing.get().stackId(), request.timeout());
    } else if (action == Intent.Action.UPDATE) {
      existing.get().parameters().forEach(p -> previous.add(p.parameterKey()));
    }

    Map<String, String> given = new LinkedHashMap<>(request.parameters());
    Optional<SourceDirectory> source = request.stack().source();
    String templateUrl = null;
    if (source.isPresent() || !body.fitsInline()) {
      ArtifactStore store = artifacts();
      if (source.isPresent()) {
        given.putAll(upload(store, request, source.get()));
      }
      if (!body.fitsInline()) {
        Artifact uploaded = store.putTemplate(name, body.json());
        listener.templateUploaded(uploaded);
        templateUrl = store.url(uploaded);
      }
    }
    List<Parameter> parameters = Parameters.resolve(template, name, given, previous);

    CreateChangeSetRequest.Builder changeSet = CreateChangeSetRequest.builder().stackName(name)
        .changeSetName("tropo4j-" + Instant.now().toEpochMilli())
        .changeSetType(action == Intent.Action.UPDATE ? ChangeSetType.UPDATE : ChangeSetType.CREATE)
        .parameters(parameters).capabilities(Capabilities.of(template))
        .description("tropo4j " + request.stack().name());
    if (templateUrl != null) {
      changeSet.templateURL(templateUrl);
    } else {
      changeSet.templateBody(body.json());
    }
    return changeSets.make(changeSet.build(), request.timeout());
  }

  private ChangeSetPreview preview(ChangeSets.ChangeSet changeSet, Template template) {
    ChangeSetPreview preview = ChangeSetPreview.of(changeSet.stackName(), changeSet.changes(), template,
        changeSet.type() == ChangeSetType.UPDATE ? stacks.template(changeSet.stackName()) : Optional.empty());
    listener.changeSet(preview);
    return preview;
  }

  /** Uploads the source bundle; returns the parameters that tell the stack where it is. */
  private Map<String, String> upload(ArtifactStore store, DeployRequest request, SourceDirectory source) {
    SourceBundle bundle = SourceBundle.fromHead(request.workTree(), source, request.allowDirty());
    if (bundle.dirty()) {
      listener.dirtyWorkTree(bundle.key());
    }
    Artifact uploaded = store.put(bundle.key(), bundle.zip(), "application/zip");
    listener.sourceUploaded(source.path(), bundle.commit(), uploaded);
    return Map.of(source.bucketParameter(), uploaded.bucket(), source.keyParameter(), uploaded.key());
  }

  /**
   * The artifact bucket, found through its stack; the stack is deployed first if it is not there
   * (it needs no artifacts itself: no source, a small template).
   */
  private ArtifactStore artifacts() {
    if (artifacts == null) {
      String bucket = stacks.physicalId(BootstrapStack.NAME, BootstrapStack.BUCKET).orElseGet(() -> {
        listener.bootstrapping(BootstrapStack.NAME);
        deploy(new DeployRequest(new BootstrapStack(), BootstrapStack.NAME), Intent.CREATE_OR_UPDATE);
        return stacks.physicalId(BootstrapStack.NAME, BootstrapStack.BUCKET).orElseThrow(() ->
            new DeployException("stack " + BootstrapStack.NAME + " was created but has no " + BootstrapStack.BUCKET));
      });
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
    StackWatcher.Result result = watcher.watch(name, stackId, baseline, timeout);
    if (!"DELETE_COMPLETE".equals(result.status())) {
      throw new DeployException("stack " + name + " is " + result.status() + ": " + result.explanation(), name,
          result.status(), NextStep.NONE);
    }
  }
}
