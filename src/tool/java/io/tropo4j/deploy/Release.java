package io.tropo4j.deploy;

import io.tropo4j.core.Asset;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import io.tropo4j.deploy.cloudformation.Capabilities;
import io.tropo4j.deploy.cloudformation.ChangeSets;
import io.tropo4j.deploy.cloudformation.Intent;
import io.tropo4j.deploy.cloudformation.Parameters;
import io.tropo4j.deploy.cloudformation.StackEvents;
import io.tropo4j.deploy.cloudformation.StackPolicy;
import io.tropo4j.deploy.cloudformation.StackWatcher;
import io.tropo4j.deploy.cloudformation.Stacks;
import io.tropo4j.deploy.cloudformation.TemplateBody;
import io.tropo4j.deploy.diff.DataResources;
import io.tropo4j.deploy.diff.Previews;
import io.tropo4j.deploy.diff.SecretValues;
import io.tropo4j.deploy.release.ArtifactStore;
import io.tropo4j.deploy.release.GitSource;
import io.tropo4j.deploy.release.Invalidations;
import io.tropo4j.deploy.release.ReleaseSource;
import io.tropo4j.deploy.release.SiteRelease;
import io.tropo4j.deploy.release.SourceBundle;
import io.tropo4j.read.TemplateDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DeploymentConfigMode;
import software.amazon.awssdk.services.cloudformation.model.DeploymentMode;
import software.amazon.awssdk.services.cloudformation.model.ListStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.cloudformation.model.StackSummary;

/**
 * A create or update, once every check passed: the failed first create replaced, the bundle
 * uploaded (the artifact bucket made first if need be), the change set made, shown, run and followed;
 * for a static site, its files published, the stack switched to them, and the cache of what changed
 * invalidated.
 */
final class Release {
  private final Session session;
  private final ReleaseSource releases;

  Release(Session session, ReleaseSource releases) {
    this.session = session;
    this.releases = releases;
  }

  Deployment deploy(DeployRequest request, Prepared prepared) {
    String name = request.stackName();
    Optional<Stack> current = prepared.existing();
    boolean stackThere = current.isPresent();
    if (prepared.action() == Intent.Action.REPLACE) {
      session.listener.replacingFailedStack(name, current.get().stackStatusReason());
      session.deleteStack(name, current.get().stackId(), request.timeout());
      stackThere = false;
    }
    if (prepared.action() != Intent.Action.UPDATE) {
      current = Optional.empty(); // a change set creates it (in REVIEW_IN_PROGRESS, an earlier one was never run)
    }
    Map<String, String> given = new LinkedHashMap<>(prepared.values());
    if (prepared.bundle().isPresent()) {
      given.putAll(uploadBundle(request, prepared.stack().source().orElseThrow(), prepared.bundle().get()));
    }
    List<Asset> assets = prepared.template().assets();
    if (!assets.isEmpty()) {
      given.put(Asset.BUCKET_PARAMETER, AssetUpload.upload(session, session.artifacts(request), assets));
    }
    if (prepared.siteFiles().isPresent()) {
      return releaseSite(request, prepared, given, current, stackThere);
    }
    return run(request, prepared, given, current, stackThere);
  }

  /** Makes the change set, shows it, runs it and follows the stack until it settles. */
  private Deployment run(DeployRequest request, Prepared prepared, Map<String, String> given,
      Optional<Stack> current, boolean stackThere) {
    String name = request.stackName();
    boolean update = current.isPresent();
    List<Parameter> parameters = Parameters.resolve(prepared.template(), name, given,
        current.map(Stack::parameters).orElse(List.of()));
    String templateUrl = null;
    if (!prepared.body().fitsInline()) {
      ArtifactStore store = session.artifacts(request);
      Artifact uploaded = store.putTemplate(name, prepared.body().json(), session.journal);
      session.listener.templateUploaded(uploaded);
      templateUrl = store.url(uploaded.key());
    }
    if (stackThere) {
      session.sweep(name);
    }
    CreateChangeSetRequest changeSet = changeSetRequest(request, prepared.template(), prepared.body().json(),
        parameters, templateUrl, update, false);
    return session.execute(request, prepared.template(), StackPolicy.dataResources(prepared.template()),
        session.changeSets().make(changeSet, request.timeout()), update, current.orElse(null));
  }

  /** The change set of a create or update as the request asks for it: drift-aware, express, or standard. */
  static CreateChangeSetRequest changeSetRequest(DeployRequest request, Template template, String body,
      List<Parameter> parameters, String templateUrl, boolean update, boolean lookOnly) {
    CreateChangeSetRequest.Builder changeSet = CreateChangeSetRequest.builder().stackName(request.stackName())
        .changeSetName(ChangeSets.name(lookOnly))
        .changeSetType(update ? ChangeSetType.UPDATE : ChangeSetType.CREATE)
        .parameters(parameters).capabilities(Capabilities.of(template))
        .description("tropo4j " + request.stack().name() + (lookOnly ? ": look only, removed when read" : ""));
    if (update && request.revertDrift()) {
      changeSet.deploymentMode(DeploymentMode.REVERT_DRIFT);
    }
    if (request.express()) {
      // Rollback off, asked for rather than left to the mode's default: a failure keeps what worked, and the
      // next update goes on from it.
      changeSet.deploymentConfig(b -> b.mode(DeploymentConfigMode.EXPRESS).disableRollback(true));
    }
    if (templateUrl != null) {
      changeSet.templateURL(templateUrl);
    } else {
      changeSet.templateBody(body);
    }
    return changeSet.build();
  }

  /**
   * The change set as the user sees it before it runs; the template the stack runs is read only when a
   * resource that holds data is removed, for the policy that keeps it.
   */
  static ChangeSetPreview preview(Session session, ChangeSets.ChangeSet changeSet, Template template) {
    Optional<TemplateDocument> deployed = Optional.empty();
    if (changeSet.type() == ChangeSetType.UPDATE) {
      for (Change change : changeSet.changes()) {
        if (change.resourceChange() != null && "Remove".equals(change.resourceChange().actionAsString())
            && DataResources.holdsData(change.resourceChange().resourceType())) {
          deployed = Optional.of(session.stacks().template(changeSet.stackName()));
          break;
        }
      }
    }
    SecretValues secrets = null;
    if (Previews.hasValues(changeSet.changes())) {
      List<TemplateDocument> templates = new ArrayList<>();
      templates.add(Stacks.read(TemplateBody.of(template, changeSet.stackName()).json(), "the local template of stack "
          + changeSet.stackName()));
      if (changeSet.type() == ChangeSetType.UPDATE) {
        templates.add(deployed.orElseGet(() -> session.stacks().template(changeSet.stackName())));
      }
      secrets = new SecretValues(templates);
    }
    return Previews.of(changeSet.stackName(), changeSet.changes(), template, deployed, secrets);
  }

  /** Uploads the source bundle unless it is there; returns the parameters that tell the stack where it is. */
  private Map<String, String> uploadBundle(DeployRequest request, SourceDirectory source, SourceBundle bundle) {
    ArtifactStore store = session.artifacts(request);
    Artifact uploaded = store.put(bundle.key(), bundle.zip(), "application/zip", session.journal);
    session.listener.sourceUploaded(source.path(), bundle.commit(), uploaded);
    return Map.of(source.bucketParameter(), uploaded.bucket(), source.keyParameter(), uploaded.key());
  }

  /**
   * A static site: its files go into its bucket first, then the stack switches to them, then the
   * distribution forgets what changed. A first create makes the stack without a release (so the
   * bucket exists), uploads, and only then names the release. The switch's invalidation is written
   * down in the bucket before the stack switches and crossed out when CloudFront is done, so a deploy
   * stopped in between leaves it to the next deploy of the same release.
   */
  private Deployment releaseSite(DeployRequest request, Prepared prepared, Map<String, String> given,
      Optional<Stack> current, boolean stackThere) {
    String name = request.stackName();
    StaticFiles site = prepared.stack().staticFiles().orElseThrow();
    GitSource.Release release = prepared.release().orElseThrow();
    String releaseId = release.id();
    String previous = current.flatMap(s -> Stacks.parameter(s, site.releaseParameter()))
        .filter(value -> !value.isEmpty()).orElse(null);
    if (current.isEmpty()) {
      Map<String, String> first = new LinkedHashMap<>(given);
      first.put(site.releaseParameter(), "");
      run(request, prepared, first, Optional.empty(), stackThere);
      session.listener.createdWithoutRelease(name, site.releaseParameter());
      current = Optional.of(session.stacks().existing(name));
    }
    Map<String, byte[]> files = prepared.siteFiles().orElseThrow();
    String bucket = session.stacks().physicalId(name, site.bucketResource()).orElseThrow(() ->
        new DeployException("stack " + name + " has no " + site.bucketResource() + " to publish " + site.path() + " to"));
    SiteRelease published = new SiteRelease(session.aws.s3(), bucket);
    session.journal.doing("uploading release " + releaseId + " to s3://" + bucket);
    session.journal.uploading("s3://" + bucket + "/" + StaticFiles.prefix(releaseId));
    session.listener.siteUploaded(site.path(), published.publish(releaseId, files));
    boolean distributed = site.distributionResource() != null;
    if (distributed && previous != null && !previous.equals(releaseId)) {
      Optional<Map<String, byte[]>> before = releases.git().find(GitSource.commitOf(previous))
          .map(c -> releases.git().files(c, site.path()));
      List<String> changed = before.map(b -> SiteRelease.changedPaths(b, files)).orElse(List.of("/*"));
      if (!changed.isEmpty()) {
        published.markSwitch(new SiteRelease.PendingSwitch(releaseId,
            name + "-" + releaseId + "-" + Instant.now().toEpochMilli(), Invalidations.paths(changed)));
      }
    }
    if (!releaseId.equals(previous)) {
      session.listener.switchingRelease(name, previous, releaseId);
    }
    given.put(site.releaseParameter(), releaseId);
    Deployment deployment = run(request, prepared, given, current, true);
    if (distributed) {
      Optional<SiteRelease.PendingSwitch> pending = published.pendingSwitch(releaseId);
      Optional<String> distribution = pending.isPresent()
          ? session.stacks().physicalId(name, site.distributionResource()) : Optional.empty();
      if (pending.isPresent() && distribution.isPresent()) {
        session.journal.invalidationPending(distribution.get());
        new Invalidations(session.aws.cloudFront(), session.listener, session.pollInterval, session.journal)
            .invalidate(distribution.get(), pending.get().paths(), pending.get().reference(), request.timeout());
        published.clearSwitch(releaseId);
      }
    }
    return deployment;
  }

  /**
   * Why a create failed, when the resource that failed first has the logical ID and type of one an
   * earlier stack of this name kept when it was deleted (DeletionPolicy Retain): that one still holds
   * the name the new one asks for. Read off the earlier stacks' events (DELETE_SKIPPED), which
   * CloudFormation keeps after a delete; no message text is interpreted.
   */
  static Optional<NameTakenException> nameTaken(Session session, String name, String stackId,
      StackWatcher.Result result) {
    ResourceEvent failed = result.failure();
    if (failed == null) {
      return Optional.empty();
    }
    List<StackSummary> earlier = new ArrayList<>();
    try {
      String token = null;
      do {
        String page = token;
        ListStacksResponse response = session.aws.cloudFormation().listStacks(b -> b.nextToken(page)
            .stackStatusFilters(StackStatus.DELETE_COMPLETE));
        for (StackSummary summary : response.stackSummaries()) {
          if (name.equals(summary.stackName()) && !stackId.equals(summary.stackId())) {
            earlier.add(summary);
          }
        }
        token = response.nextToken();
      } while (token != null);
    } catch (SdkException e) {
      return unreadable(AwsCalls.failure(e, "listing the earlier stacks " + name));
    }
    earlier.sort(Comparator.comparing(StackSummary::creationTime, Comparator.nullsFirst(Comparator.naturalOrder()))
        .reversed());
    for (StackSummary summary : earlier.subList(0, Math.min(5, earlier.size()))) {
      List<ResourceEvent> events;
      try {
        events = new StackEvents(session.aws.cloudFormation(), summary.stackId()).fresh();
      } catch (AwsCallException e) {
        return unreadable(e);
      }
      for (ResourceEvent event : events) {
        if ("DELETE_SKIPPED".equals(event.status()) && failed.logicalId().equals(event.logicalId())
            && failed.type().equals(event.type()) && event.physicalId() != null) {
          return Optional.of(new NameTakenException(name, result.status(), failed.logicalId(), failed.type(),
              event.physicalId(), summary.deletionTime()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The failure itself is what matters, and this only adds why when it can be read; but an interrupt
   * or a lost endpoint stops the command.
   */
  private static Optional<NameTakenException> unreadable(RuntimeException failure) {
    if (failure instanceof AwsCallException call && call.kind() != AwsCallException.Kind.UNREACHABLE) {
      return Optional.empty();
    }
    throw failure;
  }
}
