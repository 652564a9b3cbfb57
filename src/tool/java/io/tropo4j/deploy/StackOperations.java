package io.tropo4j.deploy;

import io.tropo4j.Templates;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.Template;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResource;

/**
 * Create, update, plan and delete through CloudFormation change sets: the change set is shown before
 * it runs, the stack's events are followed until it settles, and a failure names the resource that
 * failed and why.
 */
final class StackOperations {
  /** CloudFormation's limits on a template passed inline and by URL. */
  static final int BODY_LIMIT = 51_200;
  static final int URL_LIMIT = 1_048_576;

  private final AwsClients aws;
  private final Progress progress;
  private final StackWatcher watcher;
  private final ArtifactStore artifacts;

  StackOperations(AwsClients aws, Progress progress, java.time.Duration pollInterval) {
    this.aws = aws;
    this.progress = progress;
    this.watcher = new StackWatcher(aws, progress, pollInterval);
    this.artifacts = new ArtifactStore(aws, this);
  }

  Progress progress() {
    return progress;
  }

  enum Mode { CREATE, UPDATE }

  /** What a create or update came to. */
  enum Outcome { DONE, NO_CHANGES }

  /**
   * Creates ({@link Mode#CREATE}), updates ({@link Mode#UPDATE}) or, with a null mode, does
   * whichever the stack needs.
   */
  Outcome deploy(DeployRequest request, Mode mode) {
    Prepared prepared = prepare(request, mode);
    if (prepared == null) {
      return Outcome.NO_CHANGES;
    }
    String name = request.stackName();
    Set<String> baseline = watcher.baseline(prepared.stackId);
    progress.step("Executing change set " + prepared.changeSet + " on stack " + name + "...");
    try {
      aws.cloudFormation.executeChangeSet(b -> b.stackName(prepared.stackId).changeSetName(prepared.changeSet));
    } catch (AwsServiceException e) {
      throw new DeployException((prepared.type == ChangeSetType.CREATE ? "creating" : "updating") + " stack "
          + name + " failed: " + message(e), e);
    } catch (SdkException e) {
      throw Errors.explain(e, "executing the change set of stack " + name);
    }
    StackWatcher.Result result = watcher.watch(name, prepared.stackId, baseline, request.timeout());
    if (!result.succeeded()) {
      throw new DeployException("stack " + name + " is " + result.status() + ": " + result.explanation());
    }
    progress.step("Stack " + name + " is " + result.status() + ".");
    printOutputs(name);
    return Outcome.DONE;
  }

  /** Makes the change set, shows it, and removes it again; nothing is executed. */
  void plan(DeployRequest request) {
    boolean existed = describe(request.stackName()).filter(s -> !"REVIEW_IN_PROGRESS".equals(s.stackStatusAsString()))
        .isPresent();
    Prepared prepared = prepare(request, null);
    if (prepared == null) {
      return;
    }
    try {
      aws.cloudFormation.deleteChangeSet(b -> b.stackName(prepared.stackId).changeSetName(prepared.changeSet));
      if (!existed) {
        // A create change set leaves an empty stack in REVIEW_IN_PROGRESS behind; a plan leaves nothing.
        aws.cloudFormation.deleteStack(b -> b.stackName(prepared.stackId));
      }
    } catch (SdkException e) {
      throw Errors.explain(e, "removing the planned change set of stack " + request.stackName());
    }
    progress.step("Plan only: nothing was executed.");
  }

  private record Prepared(String stackId, String changeSet, ChangeSetType type) {}

  /** Everything up to an executable change set, shown; null when there is nothing to change. */
  private Prepared prepare(DeployRequest request, Mode mode) {
    String name = request.stackName();
    Template template = request.stack().build();
    String body = body(template, name);
    Parameters.check(template, name, request.parameters());
    Optional<Stack> existing = describe(name);
    ChangeSetType type = changeSetType(name, existing, mode, request);
    Set<String> previous = new HashSet<>();
    if (type == ChangeSetType.UPDATE) {
      existing.get().parameters().forEach(p -> previous.add(p.parameterKey()));
    }

    Map<String, String> given = new LinkedHashMap<>(request.parameters());
    request.stack().source().ifPresent(source -> given.putAll(uploadSource(request, source)));
    List<Parameter> parameters = Parameters.resolve(template, name, given, previous);

    String changeSet = "tropo4j-" + Instant.now().toEpochMilli();
    String templateUrl = body.getBytes(StandardCharsets.UTF_8).length > BODY_LIMIT ? uploadTemplate(name, body) : null;
    String stackId;
    try {
      progress.step("Creating change set " + changeSet + " (" + type.toString().toLowerCase() + ") for stack "
          + name + "...");
      stackId = aws.cloudFormation.createChangeSet(b -> {
        b.stackName(name).changeSetName(changeSet).changeSetType(type).parameters(parameters)
            .capabilities(Capabilities.of(template)).description("tropo4j " + request.stack().name());
        if (templateUrl != null) {
          b.templateURL(templateUrl);
        } else {
          b.templateBody(body);
        }
      }).stackId();
    } catch (AwsServiceException e) {
      if (Errors.isNoChange(message(e))) {
        progress.step("No changes: stack " + name + " is up to date.");
        return null;
      }
      throw new DeployException("CloudFormation refused the change set for stack " + name + ": " + message(e), e);
    } catch (SdkException e) {
      throw Errors.explain(e, "creating a change set for stack " + name);
    }
    DescribeChangeSetResponse described = watcher.changeSet(stackId, changeSet, request.timeout());
    if ("FAILED".equals(described.statusAsString())) {
      if (Errors.isNoChange(described.statusReason())) {
        deleteChangeSet(stackId, changeSet);
        progress.step("No changes: stack " + name + " is up to date.");
        return null;
      }
      throw new DeployException("the change set for stack " + name + " failed: " + described.statusReason());
    }
    new ChangePreview(progress).show(name, allChanges(stackId, changeSet, described), template,
        type == ChangeSetType.UPDATE ? deployedTemplate(name) : Optional.empty());
    return new Prepared(stackId, changeSet, type);
  }

  private ChangeSetType changeSetType(String name, Optional<Stack> existing, Mode mode, DeployRequest request) {
    String status = existing.map(Stack::stackStatusAsString).orElse(null);
    if ("ROLLBACK_COMPLETE".equals(status) && mode != Mode.UPDATE) {
      progress.warn("stack " + name + " is ROLLBACK_COMPLETE: its first create failed ("
          + Optional.ofNullable(existing.get().stackStatusReason()).orElse("no reason given")
          + ") and it cannot be updated; deleting it to create it again");
      delete(name, existing.get().stackId(), request.timeout());
      return ChangeSetType.CREATE;
    }
    if (status == null || "REVIEW_IN_PROGRESS".equals(status)) {
      if (mode == Mode.UPDATE) {
        throw new DeployException("stack " + name + " does not exist; create it first (make create_stack)");
      }
      return ChangeSetType.CREATE;
    }
    if (mode == Mode.CREATE) {
      throw new DeployException("stack " + name + " already exists (" + status + "); update it instead "
          + "(make update_stack)");
    }
    if ("ROLLBACK_COMPLETE".equals(status)) {
      throw new DeployException("stack " + name + " is ROLLBACK_COMPLETE: its first create failed and it "
          + "cannot be updated; create it again (make create_stack), which replaces it");
    }
    if (status.endsWith("_IN_PROGRESS")) {
      throw new DeployException("stack " + name + " is busy (" + status + "); wait until it settles "
          + "(make status_stack)");
    }
    return ChangeSetType.UPDATE;
  }

  private String body(Template template, String name) {
    String body;
    try {
      body = Templates.toJson(template);
    } catch (InvalidTemplateException e) {
      StringBuilder message = new StringBuilder("stack " + name + " is not valid; nothing was sent:");
      for (Problem problem : e.problems()) {
        message.append("\n  ").append(problem);
      }
      throw new DeployException(message.toString(), e);
    }
    int size = body.getBytes(StandardCharsets.UTF_8).length;
    if (size > URL_LIMIT) {
      throw new DeployException("the template of stack " + name + " is " + size + " bytes; CloudFormation "
          + "takes at most " + URL_LIMIT + "; nothing was sent");
    }
    return body;
  }

  private Map<String, String> uploadSource(DeployRequest request, SourceDirectory source) {
    SourceBundle bundle = SourceBundle.fromHead(request.workTree(), source, request.allowDirty());
    if (bundle.key().contains("-dirty")) {
      progress.warn("the work tree has uncommitted changes; deploying HEAD as " + bundle.key());
    }
    boolean uploaded = artifacts.put(bundle.key(), bundle.zip(), "application/zip");
    progress.step("Source " + source.path() + " at commit " + bundle.commit().substring(0, 12) + ": s3://"
        + artifacts.bucket() + "/" + bundle.key() + (uploaded ? " (uploaded, " + bundle.zip().length + " bytes)"
            : " (already there)"));
    return Map.of(source.bucketParameter(), artifacts.bucket(), source.keyParameter(), bundle.key());
  }

  private String uploadTemplate(String name, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String key = "templates/" + name + "/" + sha256(bytes) + ".json";
    artifacts.put(key, bytes, "application/json");
    progress.step("Template is " + bytes.length + " bytes, over the " + BODY_LIMIT + " CloudFormation takes "
        + "inline: passing it as s3://" + artifacts.bucket() + "/" + key);
    return artifacts.url(key);
  }

  private List<Change> allChanges(String stackId, String changeSet, DescribeChangeSetResponse first) {
    List<Change> changes = new ArrayList<>(first.changes());
    String token = first.nextToken();
    while (token != null) {
      String page = token;
      DescribeChangeSetResponse next = aws.cloudFormation.describeChangeSet(
          b -> b.stackName(stackId).changeSetName(changeSet).nextToken(page));
      changes.addAll(next.changes());
      token = next.nextToken();
    }
    return changes;
  }

  private void deleteChangeSet(String stackId, String changeSet) {
    try {
      aws.cloudFormation.deleteChangeSet(b -> b.stackName(stackId).changeSetName(changeSet));
    } catch (SdkException e) {
      progress.warn("could not remove the empty change set " + changeSet + ": " + e.getMessage());
    }
  }

  /** Deletes the stack and waits; reports the resources CloudFormation keeps. */
  void delete(DeployRequest request) {
    String name = request.stackName();
    Stack stack = describe(name).orElseThrow(() -> new DeployException("stack " + name + " does not exist"));
    Map<String, String> retained = retainedResources(name, request.stack().build());
    Map<String, String> physical = new HashMap<>();
    try {
      for (StackResource resource : aws.cloudFormation.describeStackResources(b -> b.stackName(name)).stackResources()) {
        physical.put(resource.logicalResourceId(), resource.physicalResourceId());
      }
    } catch (SdkException e) {
      throw Errors.explain(e, "listing the resources of stack " + name);
    }
    delete(name, stack.stackId(), request.timeout());
    progress.step("Stack " + name + " is deleted.");
    retained.forEach((logicalId, type) -> {
      if (physical.containsKey(logicalId)) {
        progress.step("  kept (DeletionPolicy Retain): " + logicalId + " " + type + " " + physical.get(logicalId));
      }
    });
  }

  private void delete(String name, String stackId, java.time.Duration timeout) {
    Set<String> baseline = watcher.baseline(stackId);
    progress.step("Deleting stack " + name + "...");
    try {
      aws.cloudFormation.deleteStack(b -> b.stackName(stackId));
    } catch (SdkException e) {
      throw Errors.explain(e, "deleting stack " + name);
    }
    StackWatcher.Result result = watcher.watch(name, stackId, baseline, timeout);
    if (!"DELETE_COMPLETE".equals(result.status())) {
      throw new DeployException("stack " + name + " is " + result.status() + ": " + result.explanation());
    }
  }

  /** Logical ID to type of the resources the deployed template keeps on delete (ours, if it cannot be read). */
  private Map<String, String> retainedResources(String name, Template ours) {
    Map<String, String> retained = new LinkedHashMap<>();
    Optional<DeployedTemplate> deployed = deployedTemplate(name);
    if (deployed.isPresent()) {
      deployed.get().resources().forEach((id, resource) -> {
        if ("Retain".equals(resource.deletionPolicy())) {
          retained.put(id, resource.type());
        }
      });
    } else {
      ours.resources().stream().filter(r -> r.deletionPolicy() == io.tropo4j.core.DeletionPolicy.RETAIN)
          .forEach(r -> retained.put(r.logicalId(), r.type()));
    }
    return retained;
  }

  private Optional<DeployedTemplate> deployedTemplate(String name) {
    try {
      return DeployedTemplate.parse(aws.cloudFormation.getTemplate(b -> b.stackName(name)).templateBody());
    } catch (SdkException e) {
      return Optional.empty();
    }
  }

  /** The stack, or empty when CloudFormation has none of that name. */
  Optional<Stack> describe(String name) {
    try {
      return aws.cloudFormation.describeStacks(b -> b.stackName(name)).stacks().stream().findFirst();
    } catch (SdkException e) {
      if (Errors.isMissingStack(e)) {
        return Optional.empty();
      }
      throw Errors.explain(e, "looking up stack " + name);
    }
  }

  Optional<String> physicalId(String stackName, String logicalId) {
    if (describe(stackName).isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(aws.cloudFormation.describeStackResource(
          b -> b.stackName(stackName).logicalResourceId(logicalId)).stackResourceDetail().physicalResourceId());
    } catch (SdkException e) {
      throw Errors.explain(e, "looking up " + logicalId + " of stack " + stackName);
    }
  }

  void status(String name) {
    Stack stack = describe(name).orElseThrow(() -> new DeployException("stack " + name + " does not exist"));
    progress.step("Stack " + name + ": " + stack.stackStatusAsString()
        + (stack.stackStatusReason() == null ? "" : " (" + stack.stackStatusReason() + ")")
        + (stack.lastUpdatedTime() != null ? ", last updated " + Progress.time(stack.lastUpdatedTime())
            : stack.creationTime() != null ? ", created " + Progress.time(stack.creationTime()) : ""));
    watcher.recentEvents(stack.stackId(), 10).forEach(progress::event);
    printOutputs(name, stack.outputs());
  }

  /** The outputs of a stack that must exist. */
  void outputs(String name) {
    Stack stack = describe(name).orElseThrow(() -> new DeployException("stack " + name + " does not exist"));
    printOutputs(name, stack.outputs());
  }

  /** The outputs as the stack has them now. */
  void printOutputs(String name) {
    printOutputs(name, describe(name).map(Stack::outputs).orElse(List.of()));
  }

  private void printOutputs(String name, List<Output> outputs) {
    if (outputs.isEmpty()) {
      return;
    }
    progress.step("Outputs of stack " + name + ":");
    for (Output output : outputs) {
      progress.step("  " + output.outputKey() + " = " + output.outputValue());
    }
  }

  private static String message(AwsServiceException e) {
    return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
        ? e.awsErrorDetails().errorMessage() : e.getMessage();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
