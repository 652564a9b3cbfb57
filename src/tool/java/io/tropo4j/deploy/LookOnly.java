package io.tropo4j.deploy;

import io.tropo4j.core.Asset;
import io.tropo4j.core.NestedTemplate;
import io.tropo4j.core.Resource;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.cloudformation.ChangeSets;
import io.tropo4j.deploy.cloudformation.Intent;
import io.tropo4j.deploy.cloudformation.Parameters;
import io.tropo4j.deploy.cloudformation.StackPolicy;
import io.tropo4j.deploy.cloudformation.Stacks;
import io.tropo4j.deploy.cloudformation.TemplateBody;
import io.tropo4j.deploy.diff.Previews;
import io.tropo4j.deploy.diff.TemplateComparison;
import io.tropo4j.deploy.release.ArtifactStore;
import io.tropo4j.deploy.release.GitSource;
import io.tropo4j.deploy.release.SiteRelease;
import io.tropo4j.deploy.release.SourceBundle;
import io.tropo4j.read.TemplateDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Plan and diff: they change nothing. The change set one makes for CloudFormation's own view of an
 * update is named as look-only, older ones of that name are removed first (as the CDK does for its
 * diff change set), and it is removed before the command returns: on success here, on failure or an
 * interrupt by the session's guard, and by a shutdown hook should the process end meanwhile.
 */
final class LookOnly {
  private final Session session;

  LookOnly(Session session) {
    this.session = session;
  }

  Optional<ChangeSetPreview> plan(DeployRequest request, Prepared prepared) {
    String name = request.stackName();
    Optional<ArtifactStore> store = session.existingArtifacts();
    if (prepared.action() != Intent.Action.UPDATE) {
      prepared.release().ifPresent(release -> wouldUpload(request, prepared, release, store, Optional.empty()));
      wouldUploadAssets(prepared, store, Optional.empty(), new LinkedHashMap<>());
      ChangeSetPreview preview = Previews.ofCreate(name, prepared.template());
      session.listener.plannedCreate(preview, prepared.action() == Intent.Action.REPLACE);
      return Optional.of(preview);
    }
    Stack stack = prepared.existing().orElseThrow();
    Map<String, String> given = new LinkedHashMap<>(prepared.values());
    prepared.release().ifPresent(release -> given.putAll(wouldUpload(request, prepared, release, store,
        Optional.of(stack))));
    boolean assetsThere = wouldUploadAssets(prepared, store, Optional.of(stack), given);
    String templateUrl = null;
    if (!prepared.body().fitsInline() || !assetsThere) {
      String key = ArtifactStore.templateKey(name, prepared.body().json());
      if (!assetsThere || store.isEmpty() || !store.get().has(key)) {
        // The change set would need the template (or a nested one) in the bucket first, and a plan uploads nothing.
        ChangeSetPreview preview = Previews.compare(name,
            Stacks.read(prepared.body().json(), "the local template of stack " + name), session.stacks().template(name));
        session.listener.changeSet(preview);
        nestedChanges(name, prepared.template());
        session.listener.planned(name);
        return Optional.of(preview);
      }
      templateUrl = store.get().url(key);
    }
    List<Parameter> parameters = Parameters.resolve(prepared.template(), name, given, stack.parameters());
    Optional<ChangeSetPreview> preview = changeSet(Release.changeSetRequest(request, prepared.template(),
        prepared.body().json(), parameters, templateUrl, true, true), prepared, request);
    preview.ifPresent(session.listener::changeSet);
    preview.ifPresent(shown -> {
      List<String> refused = Safeguards.refusedReplacements(shown.changes(), StackPolicy.dataResources(
          prepared.template()).keySet(), request.allowReplace());
      if (!refused.isEmpty()) {
        session.listener.replacementWouldBeRefused(name, refused);
      }
    });
    nestedChanges(name, prepared.template());
    session.listener.planned(name); // nothing to change is a plan's end too: it ran nothing
    return preview;
  }

  StackDiff diff(DeployRequest request, Prepared prepared) {
    String name = request.stackName();
    Stack stack = prepared.existing().orElseThrow();
    TemplateDocument deployed = session.stacks().template(name);
    TemplateDocument local = Stacks.read(prepared.body().json(), "the local template of stack " + name);
    Optional<ArtifactStore> store = session.existingArtifacts();
    Map<String, String> given = new LinkedHashMap<>(prepared.values());
    prepared.release().ifPresent(release -> given.putAll(wouldUpload(request, prepared, release, store,
        Optional.of(stack))));
    boolean assetsThere = wouldUploadAssets(prepared, store, Optional.of(stack), given);
    List<Parameter> sent = Parameters.resolve(prepared.template(), name, given, stack.parameters());
    StackDiff found = TemplateComparison.diff(name, deployed, local, stack.parameters(), sent)
        .withNested(nestedDiffs(name, prepared.template()));
    List<ChangeSetPreview.DataAtRisk> risks = new ArrayList<>(found.risks());
    if (!found.hasChanges()) {
      return found;
    }
    if (!assetsThere) {
      return with(found, Map.of(), risks, StackDiff.ChangeSetOutcome.NEEDS_ASSETS);
    }
    String templateUrl = null;
    if (!prepared.body().fitsInline()) {
      String key = ArtifactStore.templateKey(name, prepared.body().json());
      if (store.isEmpty() || !store.get().has(key)) {
        return with(found, Map.of(), risks, StackDiff.ChangeSetOutcome.NEEDS_UPLOAD);
      }
      templateUrl = store.get().url(key);
    }
    Optional<ChangeSetPreview> preview = changeSet(Release.changeSetRequest(request, prepared.template(),
        prepared.body().json(), sent, templateUrl, true, true), prepared, request);
    if (preview.isEmpty()) {
      return with(found, Map.of(), risks, StackDiff.ChangeSetOutcome.NO_CHANGES);
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
    List<ChangeSetPreview.PlannedChange> resolved = preview.get().changes().stream()
        .filter(change -> !change.properties().isEmpty()).toList();
    return with(found, replacements, risks, StackDiff.ChangeSetOutcome.MADE, resolved);
  }

  private static StackDiff with(StackDiff diff, Map<String, String> replacements,
      List<ChangeSetPreview.DataAtRisk> risks, StackDiff.ChangeSetOutcome outcome) {
    return with(diff, replacements, risks, outcome, List.of());
  }

  private static StackDiff with(StackDiff diff, Map<String, String> replacements,
      List<ChangeSetPreview.DataAtRisk> risks, StackDiff.ChangeSetOutcome outcome,
      List<ChangeSetPreview.PlannedChange> resolved) {
    return new StackDiff(diff.stackName(), diff.resources(), diff.parameters(), diff.outputs(), diff.sections(),
        replacements, risks, outcome, resolved, diff.nested());
  }

  /** What an update would change inside each nested stack, told under the parent's change set. */
  private void nestedChanges(String parent, Template template) {
    for (StackDiff child : nestedDiffs(parent, template)) {
      if (child.hasChanges()) {
        session.listener.nestedStackChanges(child);
      }
    }
  }

  /**
   * Each nested stack's own diff, its deployed template against the one the local template nests, under
   * the parent's name; a nested stack not deployed yet is an added resource of the parent, no more.
   */
  private List<StackDiff> nestedDiffs(String parent, Template template) {
    List<StackDiff> diffs = new ArrayList<>();
    for (Resource<?> resource : template.resources()) {
      if (!(resource instanceof NestedTemplate nested)) {
        continue;
      }
      Optional<String> child = session.stacks().physicalId(parent, nested.logicalId());
      Optional<Stack> running = child.flatMap(id -> session.stacks().describe(id));
      if (running.isEmpty()) {
        continue;
      }
      String label = parent + "/" + nested.logicalId();
      String body = TemplateBody.of(nested.nestedTemplate(), label).json();
      List<Parameter> values = running.get().parameters();
      diffs.add(TemplateComparison.diff(label, session.stacks().template(running.get().stackId()),
          Stacks.read(body, "the local template of nested stack " + label), values, values)
          .withNested(nestedDiffs(running.get().stackId(), nested.nestedTemplate())));
    }
    return diffs;
  }

  /**
   * What a deploy would upload of the template's assets, told one by one and uploading nothing; puts the
   * bucket in {@code values} when it is known. False when a change set cannot be made without them: a
   * nested stack's template not in the bucket, or no bucket at all.
   */
  private boolean wouldUploadAssets(Prepared prepared, Optional<ArtifactStore> store, Optional<Stack> stack,
      Map<String, String> values) {
    List<Asset> assets = prepared.template().assets();
    if (assets.isEmpty()) {
      return true;
    }
    // CloudFormation reads a nested stack's template when it makes the parent's change set; other assets
    // only when it runs it.
    Set<String> readByChangeSet = new HashSet<>();
    for (Resource<?> resource : prepared.template().resources()) {
      if (resource instanceof NestedTemplate nested) {
        readByChangeSet.add(nested.templateAsset().objectKey());
      }
    }
    boolean changeSetPossible = true;
    for (Asset asset : assets) {
      boolean there = store.map(s -> s.has(asset.objectKey())).orElse(false);
      session.listener.assetWouldUpload(asset.path(), asset.objectKey(), asset.size(), there);
      if (!there && readByChangeSet.contains(asset.objectKey())) {
        changeSetPossible = false;
      }
    }
    Optional<String> bucket = store.map(ArtifactStore::bucket)
        .or(() -> stack.flatMap(s -> Stacks.parameter(s, Asset.BUCKET_PARAMETER)));
    // No bucket yet: the first deploy makes it. The value stands in for it in what is compared, never in a call.
    values.put(Asset.BUCKET_PARAMETER, bucket.orElse("(the artifact bucket, made by the first deploy)"));
    return changeSetPossible && bucket.isPresent();
  }

  /**
   * Makes the change set, reads it and removes it; empty when CloudFormation finds nothing to change.
   * A shutdown hook removes it by name should the process end meanwhile.
   */
  private Optional<ChangeSetPreview> changeSet(CreateChangeSetRequest request, Prepared prepared,
      DeployRequest deploy) {
    String name = request.stackName();
    session.changeSets().sweep(name, false);
    Thread cleanup = new Thread(new RemoveOnExit(session, name, request.changeSetName()), "tropo4j-look-only-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      Optional<ChangeSets.ChangeSet> made = session.changeSets().make(request, deploy.timeout());
      if (made.isEmpty()) {
        return Optional.empty();
      }
      ChangeSetPreview preview = Release.preview(session, made.get(), prepared.template());
      session.changeSets().remove(made.get());
      return Optional.of(preview);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs now, which is what it is for
      }
    }
  }

  /** Removes a look-only change set by name when the process ends before the command removed it. */
  private record RemoveOnExit(Session session, String stackName, String changeSet) implements Runnable {
    @Override
    public void run() {
      try {
        session.aws.cloudFormation().deleteChangeSet(b -> b.stackName(stackName).changeSetName(changeSet));
      } catch (SdkException | IllegalStateException e) {
        // not made, removed already, or the client is closing: the next plan or diff sweeps it
      }
    }
  }

  /**
   * Where the release would go, and whether it is there, uploading nothing; returns the parameters a
   * deploy would pass. A bucket not known yet keeps the stack's value.
   */
  private Map<String, String> wouldUpload(DeployRequest request, Prepared prepared, GitSource.Release release,
      Optional<ArtifactStore> store, Optional<Stack> stack) {
    Map<String, String> values = new LinkedHashMap<>();
    Optional<SourceDirectory> source = prepared.stack().source();
    if (source.isPresent()) {
      String key = SourceBundle.key(source.get(), release);
      session.listener.sourceWouldUpload(source.get().path(), release.commit().id(), key,
          store.map(s -> s.has(key)).orElse(false));
      store.map(ArtifactStore::bucket).or(() -> stack.flatMap(s -> Stacks.parameter(s, source.get().bucketParameter())))
          .ifPresent(bucket -> values.put(source.get().bucketParameter(), bucket));
      values.put(source.get().keyParameter(), key);
    }
    Optional<StaticFiles> site = prepared.stack().staticFiles();
    if (site.isPresent()) {
      String releaseId = release.id();
      boolean there = stack.flatMap(s -> session.stacks().physicalId(request.stackName(), site.get().bucketResource()))
          .map(bucket -> new SiteRelease(session.aws.s3(), bucket).isComplete(releaseId)).orElse(false);
      session.listener.sourceWouldUpload(site.get().path(), release.commit().id(), StaticFiles.prefix(releaseId), there);
      values.put(site.get().releaseParameter(), releaseId);
    }
    return values;
  }
}
