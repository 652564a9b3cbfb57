package io.tropo4j.deploy;

import java.util.List;

/**
 * What the {@link Deployer} reports while it works, in the order it happens: steps, the stack's
 * events, change-set previews and warnings. It reports facts; wording them is the listener's. Every
 * method does nothing unless overridden, so a listener takes only what it needs.
 */
public interface DeployListener {
  /** There is no artifact bucket in this account and region yet: its stack is created first. */
  default void bootstrapping(String stackName) {}

  /**
   * Warning: what the release carries has uncommitted changes, and it goes out anyway, named as the
   * commit with "-dirty" ({@code releaseId}); for a command that only looks, what a deploy would be.
   */
  default void dirtyRelease(String releaseId, java.util.List<String> paths) {}

  /** The stack is built from its sources as this commit has them, as the release it deploys. */
  default void stackFromCommit(String stack, String commitId) {}

  /** The stack is busy with an operation (status) of someone else's, or of an earlier command: waiting for it. */
  default void waitingFor(String stackName, String status) {}

  /**
   * The stack a create is asked for is there already, made from this very template by an earlier create
   * (one stopped partway, say): the create goes on as an update, which finishes what that one began.
   */
  default void earlierCreateFinished(String stackName, String status) {}

  /** A change set an earlier command left on the stack without running it was removed. */
  default void changeSetRemoved(String stackName, String changeSet) {}

  /** The stack was not there: nothing to delete. */
  default void notThere(String stackName) {}

  /** What a planned update would change inside a nested stack, template against template. */
  default void nestedStackChanges(StackDiff diff) {}

  /** An asset is about to go to the artifact bucket, which does not hold it yet; {@code bytes} its size. */
  default void assetUploading(String path, String key, long bytes) {}

  /** An asset's upload goes on: {@code sent} of its {@code bytes} read by the upload so far (told often). */
  default void assetProgress(String path, long sent, long bytes) {}

  /** An asset is in the artifact bucket: sent now, or there already ({@link Artifact#uploaded()}). */
  default void assetUploaded(String path, Artifact asset) {}

  /** What a deploy would upload of an asset, and whether the bucket holds it already; a plan uploads nothing. */
  default void assetWouldUpload(String path, String key, long bytes, boolean alreadyThere) {}

  /** The source folder at this commit is in the artifact bucket. */
  default void sourceUploaded(String path, String commit, Artifact bundle) {}

  /** The source folder at this commit would be uploaded under this key by a create or update. */
  default void sourceWouldUpload(String path, String commit, String key, boolean alreadyThere) {}

  /** A static site's files at this release are in its bucket (uploaded now, or there already). */
  default void siteUploaded(String path, SiteUpload upload) {}

  /** A first create makes the stack without a release, then publishes it: the files come first. */
  default void createdWithoutRelease(String stackName, String releaseParameter) {}

  /** The site's release switches from one to another (null: none before) with the update that follows. */
  default void switchingRelease(String stackName, String from, String to) {}

  /** An invalidation of these paths was sent to the distribution. */
  default void invalidating(String distributionId, String invalidationId, List<String> paths) {}

  /** The invalidation's status, as each poll finds it; Completed ends it. */
  default void invalidationStatus(String distributionId, String invalidationId, String status) {}

  /** The template is over {@link Deployer#INLINE_LIMIT} bytes, so CloudFormation reads it from the bucket. */
  default void templateUploaded(Artifact template) {}

  /** Warning: the stack's first create failed (for this reason); it is deleted to be created again. */
  default void replacingFailedStack(String stackName, String reason) {}

  /** A change set is being made: one that creates the stack, or one that updates it. */
  default void creatingChangeSet(String stackName, String changeSet, boolean creates) {}

  /** The change set CloudFormation computed, before anything runs. */
  default void changeSet(ChangeSetPreview preview) {}

  /** The stack is as the template says: nothing to change, nothing runs. */
  default void upToDate(String stackName) {}

  /** Warning: an empty change set could not be removed, for this reason. */
  default void changeSetLeftBehind(String changeSet, String reason) {}

  /** CloudFormation starts on the change set; {@link #settled} follows when the stack rests. */
  default void executing(String stackName, String changeSet) {}

  /** CloudFormation starts deleting the stack; {@link #settled} follows when the stack rests. */
  default void deleting(String stackName) {}

  /** One of the stack's events, each once, oldest first. */
  default void stackEvent(ResourceEvent event) {}

  /** An ECS service the operation changes: its newest deployment, each time the counts or the rollout change. */
  default void serviceDeployment(ServiceDeployment deployment) {}

  /** An ECS service's own event since the operation began, e.g. that it could not place a task. */
  default void serviceEvent(String service, String message) {}

  /** A task stopped, once each: a service's since the operation began, or a command task at its end. */
  default void taskStopped(StoppedTask task) {}

  /** The container image a create or update releases is in ECR (pushed then, or null if ECR did not say). */
  default void imageFound(String image, java.time.Instant pushedAt) {}

  /** A command task was started on the cluster with this command (empty: the task definition's own). */
  default void taskStarted(String cluster, String taskId, String taskDefinition, List<String> command) {}

  /** The command task's status, each time it changes (PROVISIONING, PENDING, RUNNING, STOPPED...). */
  default void taskStatus(String taskId, String status) {}

  /** One line the command task's container logged, in order, as it arrives. */
  default void taskLog(String line) {}

  /** CloudFormation is done with the stack, successfully or not: it rests in this status. */
  default void settled(String stackName, String status) {}

  /**
   * The stack's policy was set: these resources, which hold data, refuse replacement and removal by
   * any update; those allowed are left out of it for this update only (empty otherwise).
   */
  default void stackPolicySet(String stackName, List<String> protectedIds, List<String> allowedThisUpdate) {}

  /**
   * Warning: a plan's change set replaces, or may replace, these resources that hold data, which an
   * update refuses before it runs unless they are allowed.
   */
  default void replacementWouldBeRefused(String stackName, List<String> logicalIds) {}

  /** The stack's termination protection was turned on (the stack holds data, or says so), or off to delete it. */
  default void terminationProtection(String stackName, boolean on) {}

  /** A create or update succeeded. */
  default void deployed(Deployment deployment) {}

  /**
   * A plan of an update is done: its change set was shown (or found to change nothing, after
   * {@link #upToDate}) and removed, and nothing ran.
   */
  default void planned(String stackName) {}

  /**
   * A plan for a stack that does not exist (or whose first create failed): no change set is made, as
   * one would create the stack; this is what a create would add.
   */
  default void plannedCreate(ChangeSetPreview preview, boolean replacesFailedStack) {}

  /** CloudFormation detects the stack's drift: each resource compared with the template, which takes a while. */
  default void detectingDrift(String stackName) {}

  /** The stack is deleted; CloudFormation kept these resources. */
  default void deleted(String stackName, List<KeptResource> kept) {}
}
