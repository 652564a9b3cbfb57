package io.tropo4j.deploy;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import io.tropo4j.deploy.cloudformation.Capabilities;
import io.tropo4j.deploy.cloudformation.ChangeSets;
import io.tropo4j.deploy.cloudformation.DriftDetection;
import io.tropo4j.deploy.cloudformation.Interruption;
import io.tropo4j.deploy.cloudformation.Journal;
import io.tropo4j.deploy.cloudformation.OperationObserver;
import io.tropo4j.deploy.cloudformation.Parameters;
import io.tropo4j.deploy.cloudformation.StackEvents;
import io.tropo4j.deploy.cloudformation.StackPolicy;
import io.tropo4j.deploy.cloudformation.StackWatcher;
import io.tropo4j.deploy.cloudformation.Stacks;
import io.tropo4j.deploy.cloudformation.TemplateBody;
import io.tropo4j.deploy.cloudformation.WaitTimedOut;
import io.tropo4j.deploy.diff.SecretValues;
import io.tropo4j.deploy.ecs.CommandTask;
import io.tropo4j.deploy.ecs.ServiceWatch;
import io.tropo4j.deploy.release.ArtifactStore;
import io.tropo4j.deploy.release.BootstrapStack;
import io.tropo4j.deploy.release.ReleaseHistories;
import io.tropo4j.deploy.release.ReleaseSource;
import io.tropo4j.read.TemplateDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetSummary;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.PropertyDifference;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDrift;

/**
 * One command's work: the clients, what it has done to AWS so far (its {@link Journal}), and the
 * steps every command shares. {@link #guard} turns a command stopped partway into a
 * {@link StoppedException} that says what AWS holds, after removing what it made and did not run.
 */
final class Session {
  /** Statuses in which the artifact bucket's stack has its bucket and can be used. */
  private static final Set<String> USABLE = Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE",
      "IMPORT_COMPLETE", "IMPORT_ROLLBACK_COMPLETE");

  final AwsClients aws;
  final DeployListener listener;
  final Duration pollInterval;
  final Journal journal = new Journal();
  private Stacks stacks;
  private ChangeSets changeSets;
  private StackWatcher watcher;
  private ArtifactStore artifacts;
  private final Map<String, Future<Optional<Stack>>> ahead = new ConcurrentHashMap<>();
  private Future<Optional<String>> bucketAhead;
  private final Map<String, Future<List<ChangeSetSummary>>> leftoversAhead = new ConcurrentHashMap<>();
  private final ExecutorService lookahead = Executors.newCachedThreadPool(new Daemons());
  private final Object clientsLock = new Object();

  Session(AwsClients aws, DeployListener listener, Duration pollInterval) {
    this.aws = aws;
    this.listener = listener;
    this.pollInterval = pollInterval;
  }

  Stacks stacks() {
    synchronized (clientsLock) { // not this: the look-ahead's threads make clients under it for a while
      if (stacks == null) {
        stacks = new Stacks(aws.cloudFormation());
      }
      return stacks;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Looking ahead

  /**
   * Starts looking up a stack on another thread, so that AWS's answer, and the set-up of the clients
   * it takes, overlap the command's local work (git, the template): most of a short deploy's time on
   * two cores. Only reads are looked ahead; their failures surface where the answer is used.
   */
  void lookAhead(String stackName) {
    if (!ahead.containsKey(stackName)) { // not computeIfAbsent: its lambda is linked on every start
      ahead.put(stackName, lookahead.submit(new Lookup(this, stackName)));
    }
  }

  /** The change sets earlier commands left on the stack unrun, listed ahead as {@link #lookAhead} does. */
  void lookAheadForLeftovers(String stackName) {
    if (!leftoversAhead.containsKey(stackName)) {
      leftoversAhead.put(stackName, lookahead.submit(new LeftoverLookup(this, stackName)));
    }
  }

  /** Removes the change sets earlier commands left on the stack unrun (see {@link ChangeSets#sweep}). */
  void sweep(String stackName) {
    Future<List<ChangeSetSummary>> early = leftoversAhead.remove(stackName);
    List<ChangeSetSummary> leftovers = early != null ? answer(early, "listing the change sets of stack " + stackName)
        : changeSets().leftovers(stackName, true);
    changeSets().remove(stackName, leftovers);
  }

  private record LeftoverLookup(Session session, String stackName) implements Callable<List<ChangeSetSummary>> {
    @Override
    public List<ChangeSetSummary> call() {
      return session.changeSets().leftovers(stackName, true);
    }
  }

  /** The artifact bucket, looked up ahead as {@link #lookAhead} does, with the S3 client made on the way. */
  void lookAheadForArtifacts() {
    bucketAhead = lookahead.submit(new BucketLookup(this));
  }

  /** Local work started on another thread, as {@link #lookAhead} does; its answer is {@link #answer}'s. */
  <T> Future<T> ahead(Callable<T> work) {
    return lookahead.submit(work);
  }

  /** The stack as the look-ahead found it, or as a lookup now finds it. */
  private Optional<Stack> describe(String name) {
    Future<Optional<Stack>> early = ahead.remove(name);
    return early == null ? stacks().describe(name) : answer(early, "looking up stack " + name);
  }

  /** What work started ahead came to: its failure is thrown here, and a wait interrupted is an Interruption. */
  static <T> T answer(Future<T> early, String doing) {
    try {
      return early.get();
    } catch (InterruptedException e) {
      throw new Interruption(doing);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private record Lookup(Session session, String stackName) implements Callable<Optional<Stack>> {
    @Override
    public Optional<Stack> call() {
      return session.stacks().describe(stackName);
    }
  }

  /** The usable bucket of the artifact bucket's stack, if any; the S3 client is made on the way. */
  private record BucketLookup(Session session) implements Callable<Optional<String>> {
    @Override
    public Optional<String> call() {
      session.aws.s3();
      return session.stacks().describe(BootstrapStack.NAME).flatMap(session::bucketOf);
    }
  }

  private static final class Daemons implements ThreadFactory {
    @Override
    public Thread newThread(Runnable work) {
      Thread thread = new Thread(work, "tropo4j-lookahead");
      thread.setDaemon(true);
      return thread;
    }
  }

  ChangeSets changeSets() {
    synchronized (clientsLock) {
      if (changeSets == null) {
        changeSets = new ChangeSets(aws.cloudFormation(), listener, pollInterval, journal);
      }
      return changeSets;
    }
  }

  StackWatcher watcher() {
    if (watcher == null) {
      watcher = new StackWatcher(aws.cloudFormation(), listener, pollInterval);
    }
    return watcher;
  }

  // ---------------------------------------------------------------------------------------------
  // Stopping partway

  /**
   * Runs a command. Stopped partway, it removes the change sets it made and did not run (unless the
   * endpoint is gone), looks again at a stack operation it started, and throws a
   * {@link StoppedException} with what AWS holds; any other failure also removes those change sets.
   */
  <T> T guard(Supplier<T> command) {
    try {
      return command.get();
    } catch (Interruption e) {
      String doing = journal.doing();
      tidyUp();
      throw new StoppedException(StoppedException.Why.INTERRUPTED, doing, journal.holdings(), null);
    } catch (WaitTimedOut e) {
      throw new StoppedException(StoppedException.Why.TIMED_OUT, e.doing(), journal.holdings(), null);
    } catch (AwsCallException e) {
      if (e.kind() == AwsCallException.Kind.UNREACHABLE) {
        throw new StoppedException(StoppedException.Why.ENDPOINT_LOST, journal.doing(), journal.holdings(), e);
      }
      tidyUp();
      throw e;
    } catch (RuntimeException e) {
      tidyUp();
      throw e;
    } finally {
      stopLookingAhead();
    }
  }

  /**
   * Look-ahead work the command did not use is cancelled, and what is under way waited for a moment, so
   * that no call of this command's reaches AWS after it returns (a look-ahead reads, so nothing is lost).
   */
  private void stopLookingAhead() {
    lookahead.shutdownNow();
    try {
      lookahead.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Removes what this command made and did not run, and looks again at what it started; best effort. */
  private void tidyUp() {
    Thread.interrupted(); // what follows must reach AWS, not be aborted by the interrupt that stopped us
    try {
      for (Journal.ChangeSetEntry made : journal.unexecutedChangeSets()) {
        String arn = made.arn();
        String stackId = made.stackId();
        if (arn == null) { // asked for, answer lost: look it up by name
          DescribeChangeSetResponse found = findChangeSet(made.stackName(), made.changeSetName());
          if (found == null) {
            journal.changeSetForgotten(made.stackName(), made.changeSetName());
            continue;
          }
          arn = found.changeSetId();
          stackId = found.stackId();
        }
        changeSets().remove(arn, made.stackName(), made.changeSetName(), made.createsStack() ? stackId : null);
      }
      for (Holding running : journal.runningOperations()) {
        Optional<Stack> stack = stacks().describe(running.stackName());
        String status = stack.map(Stack::stackStatusAsString).orElse("DELETE_COMPLETE");
        journal.operationSeen(running.stackName(), running.name(), status, StackWatcher.settled(status));
      }
    } catch (RuntimeException e) {
      // AWS cannot be reached or refuses: the holdings say what is known, and the next command sweeps
    }
  }

  private DescribeChangeSetResponse findChangeSet(String stackName, String changeSetName) {
    try {
      return aws.cloudFormation().describeChangeSet(b -> b.stackName(stackName).changeSetName(changeSetName));
    } catch (SdkException e) {
      if (AwsCalls.hasCode(e, "ChangeSetNotFound") || AwsCalls.isMissingStack(e)) {
        return null;
      }
      throw AwsCalls.failure(e, "looking up change set " + changeSetName + " of stack " + stackName);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Commands

  Deployment deploy(DeployRequest request, io.tropo4j.deploy.cloudformation.Intent intent) {
    try (ReleaseSource releases = new ReleaseSource(request.workTree())) {
      Prepared prepared = new Preparation(this, releases).prepare(request, intent, false);
      return new Release(this, releases).deploy(request, prepared);
    }
  }

  Optional<ChangeSetPreview> plan(DeployRequest request) {
    try (ReleaseSource releases = new ReleaseSource(request.workTree())) {
      Prepared prepared = new Preparation(this, releases).prepare(request,
          io.tropo4j.deploy.cloudformation.Intent.PLAN, true);
      return new LookOnly(this).plan(request, prepared);
    }
  }

  StackDiff diff(DeployRequest request) {
    try (ReleaseSource releases = new ReleaseSource(request.workTree())) {
      Prepared prepared = new Preparation(this, releases).prepare(request,
          io.tropo4j.deploy.cloudformation.Intent.UPDATE, true);
      return new LookOnly(this).diff(request, prepared);
    }
  }

  Deployment setParameters(DeployRequest request) {
    String name = request.stackName();
    if (request.parameters().isEmpty()) {
      throw new DeployException("name the parameters to change, as Key=Value");
    }
    if (request.imageTag() != null) {
      throw new DeployException("set-params changes parameters on the release that runs now; an image tag is a new "
          + "release: update the stack with it instead");
    }
    Template template = template(request.stack(), name);
    Parameters.check(template, name, request.parameters());
    Parameters.refuseDeployers(template, name, request.parameters());
    Optional<Stack> existing = settle(name, request.timeout(), false);
    io.tropo4j.deploy.cloudformation.Intent.UPDATE.action(name, existing);
    Stack stack = existing.orElseThrow();
    // The template stays the one the stack runs: its resources are the ones to keep safe, or allowed to go.
    Map<String, String> data = StackPolicy.dataResources(stacks().template(name));
    DeployModes.checkAllowed(template, request, data::keySet);
    List<String> current = new ArrayList<>();
    for (Parameter p : stack.parameters()) {
      current.add(p.parameterKey());
    }
    for (String key : request.parameters().keySet()) {
      if (!current.contains(key)) {
        throw new DeployException("stack " + name + " has no parameter '" + key + "'; its parameters are "
            + String.join(", ", current));
      }
    }
    List<Parameter> parameters = new ArrayList<>();
    for (Parameter now : stack.parameters()) {
      String key = now.parameterKey();
      parameters.add(request.parameters().containsKey(key)
          ? Parameter.builder().parameterKey(key).parameterValue(request.parameters().get(key)).build()
          : Parameters.kept(key));
    }
    changeSets().sweep(name, true);
    CreateChangeSetRequest changeSet = CreateChangeSetRequest.builder().stackName(name)
        .changeSetName(ChangeSets.name(false)).changeSetType(ChangeSetType.UPDATE)
        .usePreviousTemplate(true).parameters(parameters).capabilities(Capabilities.of(template))
        .description("tropo4j " + request.stack().name() + ": parameters only").build();
    return execute(request, template, data, changeSets().make(changeSet, request.timeout()), true, stack);
  }

  List<KeptResource> delete(DeleteRequest request) {
    String name = request.stackName();
    journal.doing("looking up stack " + name);
    Optional<Stack> existing = stacks().describe(name);
    if (existing.isPresent() && existing.get().stackStatusAsString().equals("DELETE_IN_PROGRESS")) {
      // an earlier delete, interrupted or someone else's: follow it to its end
      Stack stack = existing.get();
      listener.waitingFor(name, stack.stackStatusAsString());
      StackWatcher.Result result = watcher().follow(name, stack.stackId(),
          new StackEvents(aws.cloudFormation(), stack.stackId()).skipPast(), "delete", request.timeout(),
          OperationObserver.NONE, journal);
      requireDeleted(name, result);
      listener.deleted(name, List.of());
      return List.of();
    }
    existing = settle(name, existing, request.timeout(), false);
    if (existing.isEmpty() || existing.get().stackStatusAsString().equals("DELETE_COMPLETE")) {
      listener.notThere(name);
      return List.of();
    }
    Stack stack = existing.get();
    if (name.equals(BootstrapStack.NAME) && !request.force()) {
      Optional<String> bucket = bucketOf(stack);
      if (bucket.isPresent() && !new ArtifactStore(aws.s3(), bucket.get()).isEmpty()) {
        throw new DeployException("the artifact bucket " + bucket.get() + " of stack " + name + " holds releases; "
            + "deleting the stack keeps the bucket and its objects (DeletionPolicy Retain), and the next deploy "
            + "makes a new bucket", name, stack.stackStatusAsString(), NextStep.FORCE_DELETE);
      }
    }
    boolean reviewing = stack.stackStatusAsString().equals("REVIEW_IN_PROGRESS");
    TemplateDocument deployed = reviewing ? null : stacks().template(name);
    List<KeptResource> kept = reviewing ? List.of() : stacks().keptOnDelete(name, deployed);
    if (Boolean.TRUE.equals(stack.enableTerminationProtection())) {
      if (!request.force()) {
        Map<String, String> data = deployed == null ? Map.of() : StackPolicy.dataResources(deployed);
        throw new DeployException("stack " + name + " has termination protection" + (data.isEmpty() ? ""
            : " (it holds data: " + String.join(", ", data.keySet()) + ")") + ", so it was not deleted; a forced "
            + "delete turns protection off and deletes it, keeping what its template retains", name,
            stack.stackStatusAsString(), NextStep.FORCE_DELETE);
      }
      journal.doing("turning off termination protection of stack " + name);
      journal.safeguardLowered(name, "its termination protection is off; deleting it again goes on, and a create or "
          + "update of the stack turns protection on again");
      StackPolicy.protect(aws.cloudFormation(), name, false);
      listener.terminationProtection(name, false);
      try {
        deleteStack(name, stack.stackId(), request.timeout());
      } catch (DeployException e) {
        if (e instanceof AwsCallException || e instanceof StoppedException) {
          throw e;
        }
        throw new DeployException(e.getMessage() + "; its termination protection is off, as the forced delete "
            + "left it", name, e.status().orElse(null), e.next());
      }
    } else {
      deleteStack(name, stack.stackId(), request.timeout());
    }
    listener.deleted(name, kept);
    return kept;
  }

  StackStatus status(String stackName) {
    journal.doing("looking up stack " + stackName);
    Stack stack = stacks().existing(stackName);
    return new StackStatus(stackName, stack.stackStatusAsString(), stack.stackStatusReason(),
        stack.creationTime(), stack.lastUpdatedTime(), StackEvents.recent(aws.cloudFormation(), stack.stackId(), 10),
        Stacks.outputs(stack));
  }

  StackDrift drift(String stackName, Duration timeout) {
    journal.doing("looking up stack " + stackName);
    stacks().existing(stackName);
    TemplateDocument deployed = stacks().template(stackName);
    listener.detectingDrift(stackName);
    DriftDetection.Outcome outcome = new DriftDetection(aws.cloudFormation(), pollInterval, journal)
        .detect(stackName, timeout);
    SecretValues secrets = new SecretValues(List.of(deployed));
    Map<String, StackDrift.ResourceDrift> drifted = new LinkedHashMap<>();
    int checked = 0;
    for (StackResourceDrift resource : outcome.resources()) {
      String status = resource.stackResourceDriftStatusAsString();
      if ("IN_SYNC".equals(status)) {
        checked++;
      }
      if (!"MODIFIED".equals(status) && !"DELETED".equals(status)) {
        continue; // NOT_CHECKED, UNKNOWN: counted with those AWS leaves out of the list (types it cannot check)
      }
      checked++;
      String id = resource.logicalResourceId();
      List<StackDrift.PropertyDrift> properties = new ArrayList<>();
      for (PropertyDifference difference : resource.propertyDifferences()) {
        String path = difference.propertyPath();
        properties.add(new StackDrift.PropertyDrift(path, secrets.shown(id, path, difference.expectedValue()),
            secrets.shown(id, path, difference.actualValue()), difference.differenceTypeAsString()));
      }
      drifted.put(id, new StackDrift.ResourceDrift(id, resource.physicalResourceId(), resource.resourceType(),
          status, properties));
    }
    List<StackDrift.ResourceDrift> ordered = new ArrayList<>();
    for (String id : deployed.resources().keySet()) { // the template's order, not the answer's
      Optional.ofNullable(drifted.remove(id)).ifPresent(ordered::add);
    }
    ordered.addAll(drifted.values());
    return new StackDrift(stackName, outcome.status(), checked, Math.max(0, deployed.resources().size() - checked),
        ordered, outcome.failure());
  }

  Map<String, String> outputs(String stackName) {
    journal.doing("looking up stack " + stackName);
    return Stacks.outputs(stacks().existing(stackName));
  }

  ReleaseHistory releases(DeployRequest request) {
    return ReleaseHistories.read(request.stack(), request.stackName(), request.workTree(), stacks(),
        existingArtifacts(), aws.s3());
  }

  TaskRun runTask(TaskRequest request) {
    return new CommandTask(aws, stacks(), listener, pollInterval).run(request);
  }

  // ---------------------------------------------------------------------------------------------
  // Steps the commands share

  /** The stack's template; a stack that cannot build one fails the deploy before anything is sent. */
  static Template template(io.tropo4j.core.Stack stack, String stackName) {
    try {
      return Catalog.build(stack);
    } catch (InvalidTemplateException e) {
      throw TemplateBody.invalid(e, stackName);
    }
  }

  /**
   * The stack as it rests: one busy with an operation (an earlier command's, or someone else's) is
   * waited for first, its events shown, unless the command only looks.
   */
  Optional<Stack> settle(String name, Duration timeout, boolean lookOnly) {
    return settle(name, describe(name), timeout, lookOnly);
  }

  /** As {@link #settle(String, Duration, boolean)}, from the stack as it was just described. */
  private Optional<Stack> settle(String name, Optional<Stack> stack, Duration timeout, boolean lookOnly) {
    while (stack.isPresent() && !StackWatcher.settled(stack.get().stackStatusAsString())
        && !stack.get().stackStatusAsString().equals("REVIEW_IN_PROGRESS")) {
      String status = stack.get().stackStatusAsString();
      if (lookOnly) {
        throw new DeployException("stack " + name + " is busy (" + status + ")", name, status, NextStep.FOLLOW);
      }
      listener.waitingFor(name, status);
      // someone else's operation: not this command's to answer for, so it is kept out of the journal
      watcher().follow(name, stack.get().stackId(), new StackEvents(aws.cloudFormation(), stack.get().stackId())
          .skipPast(), "operation", timeout, OperationObserver.NONE, new Journal());
      stack = stacks().describe(name);
    }
    return stack;
  }

  /**
   * Shows the change set, runs it and follows the stack until it settles; nothing to run is success.
   * The stack's safeguards are kept on the way (see {@link Safeguards}).
   *
   * @param data the resources holding data in the template the stack runs once the change set ran
   */
  Deployment execute(DeployRequest request, Template template, Map<String, String> data,
      Optional<ChangeSets.ChangeSet> changeSet, boolean update, Stack before) {
    String stackName = request.stackName();
    Duration timeout = request.timeout();
    Safeguards safeguards = new Safeguards(this, request, data);
    if (changeSet.isEmpty()) {
      Stack stack = before != null ? before : stacks().existing(stackName);
      safeguards.upToDate(stack);
      return new Deployment(stack.stackName(), stack.stackStatusAsString(), false, Stacks.outputs(stack));
    }
    ChangeSets.ChangeSet made = changeSet.get();
    String name = made.stackName();
    listener.changeSet(Release.preview(this, made, template));
    safeguards.beforeExecute(made, update);
    ServiceWatch services = null;
    if (hasServices(template)) {
      services = new ServiceWatch(aws, listener);
      if (update) {
        for (String arn : stacks().physicalIds(name, ServiceWatch.ECS_SERVICE).values()) {
          services.follow(arn);
        }
      }
    }
    StackEvents events = made.created() != null ? new StackEvents(aws.cloudFormation(), made.stackId(), made.created())
        : new StackEvents(aws.cloudFormation(), made.stackId()).skipPast();
    changeSets().execute(made);
    safeguards.executing(update);
    StackWatcher.Result result = watcher().follow(name, made.stackId(), events, update ? "update" : "create",
        timeout, services == null ? OperationObserver.NONE : services, journal);
    if (!result.succeeded()) {
      Optional<String> lowered = safeguards.afterFailure();
      if (!update) {
        Release.nameTaken(this, name, made.stackId(), result).ifPresent(e -> {
          throw e;
        });
      }
      boolean kept = "CREATE_FAILED".equals(result.status()) || "UPDATE_FAILED".equals(result.status());
      throw new DeployException("stack " + name + " is " + result.status() + ": " + result.explanation() + (kept
          ? "; rollback was off, so the resources that worked are kept as they are: fix the cause and update the "
              + "stack again, which goes on from them, or roll it back (aws cloudformation rollback-stack)" : "")
          + lowered.map(why -> "; " + why).orElse(""),
          name, result.status(), "ROLLBACK_COMPLETE".equals(result.status()) ? NextStep.CREATE_AGAIN : NextStep.NONE);
    }
    safeguards.afterSuccess(result.stack(), update);
    Deployment deployment = new Deployment(name, result.status(), true,
        result.stack() == null ? Map.of() : Stacks.outputs(result.stack()));
    listener.deployed(deployment);
    return deployment;
  }

  /** Whether the template runs ECS services, whose deployments an update follows. */
  private static boolean hasServices(Template template) {
    for (io.tropo4j.core.Resource<?> resource : template.resources()) {
      if (ServiceWatch.ECS_SERVICE.equals(resource.type())) {
        return true;
      }
    }
    return false;
  }

  /** Deletes the stack and waits until it is gone. */
  void deleteStack(String name, String stackId, Duration timeout) {
    StackEvents events = new StackEvents(aws.cloudFormation(), stackId).skipPast();
    listener.deleting(name);
    journal.doing("deleting stack " + name);
    journal.operationAsked(name, "delete");
    try {
      aws.cloudFormation().deleteStack(b -> b.stackName(stackId));
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "deleting stack " + name);
    }
    journal.operationStarted(name, "delete", "DELETE_IN_PROGRESS");
    requireDeleted(name, watcher().follow(name, stackId, events, "delete", timeout, OperationObserver.NONE, journal));
  }

  private static void requireDeleted(String name, StackWatcher.Result result) {
    if (!"DELETE_COMPLETE".equals(result.status())) {
      throw new DeployException("stack " + name + " is " + result.status() + ": " + result.explanation(), name,
          result.status(), NextStep.LOOK);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The artifact bucket

  /**
   * The artifact bucket of the bootstrap stack, if the stack rests where its bucket can be used: its
   * physical ID, read from the stack's resources (the output that names it is for people).
   */
  private Optional<String> bucketOf(Stack stack) {
    if (!USABLE.contains(stack.stackStatusAsString())) {
      return Optional.empty();
    }
    return stacks().physicalId(BootstrapStack.NAME, BootstrapStack.BUCKET);
  }

  /** The artifact bucket if its stack is there and usable; never creates or repairs it. */
  Optional<ArtifactStore> existingArtifacts() {
    if (artifacts == null) {
      stacks().describe(BootstrapStack.NAME).flatMap(this::bucketOf)
          .ifPresent(bucket -> artifacts = new ArtifactStore(aws.s3(), bucket));
    }
    return Optional.ofNullable(artifacts);
  }

  /**
   * The artifact bucket, through its stack, which is made first if it is not there, and made whole if
   * an earlier command left it half-made (busy: waited for; its change set never run: made again; its
   * first create failed: replaced).
   */
  ArtifactStore artifacts(DeployRequest cause) {
    if (artifacts != null) {
      return artifacts;
    }
    Optional<String> bucket = Optional.empty();
    if (bucketAhead != null) {
      bucket = answer(bucketAhead, "looking up stack " + BootstrapStack.NAME);
      bucketAhead = null;
    }
    if (bucket.isEmpty()) {
      // Two stacks of an app deployed at once in one region would each make the bootstrap stack: the
      // second waits here, then finds the first one's.
      synchronized (bootstrapLock(aws.region())) {
        bucket = settle(BootstrapStack.NAME, cause.timeout(), false).flatMap(this::bucketOf);
        if (bucket.isEmpty()) {
          listener.bootstrapping(BootstrapStack.NAME);
          deploy(cause.withStack(new BootstrapStack(), BootstrapStack.NAME),
              io.tropo4j.deploy.cloudformation.Intent.CREATE_OR_UPDATE);
          bucket = stacks().describe(BootstrapStack.NAME).flatMap(this::bucketOf);
          if (bucket.isEmpty()) {
            throw new DeployException("stack " + BootstrapStack.NAME + " was deployed but has no "
                + BootstrapStack.BUCKET, BootstrapStack.NAME, null, NextStep.LOOK);
          }
        }
      }
    }
    artifacts = new ArtifactStore(aws.s3(), bucket.get());
    return artifacts;
  }

  private static final Map<String, Object> BOOTSTRAP_LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Object bootstrapLock(software.amazon.awssdk.regions.Region region) {
    return BOOTSTRAP_LOCKS.computeIfAbsent(region == null ? "" : region.id(), key -> new Object());
  }
}
