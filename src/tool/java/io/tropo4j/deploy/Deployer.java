package io.tropo4j.deploy;

import io.tropo4j.core.Asset;
import io.tropo4j.deploy.cloudformation.Intent;
import io.tropo4j.deploy.cloudformation.TemplateBody;
import io.tropo4j.deploy.release.ArtifactStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deploys stacks through CloudFormation change sets, in process: create, update, plan, diff, delete,
 * and what a stack is now. Each change set is shown before it runs, the stack's events are followed
 * until it settles, and all of it is reported to the {@link DeployListener}.
 *
 * <p>Every command checks what it can without writing to AWS first (the template, every parameter,
 * the revision, the image, the release), then makes the artifact bucket if it needs it, then uploads,
 * then changes the stack. A failure is a {@link DeployException}; a command stopped partway
 * (interrupted, its endpoint lost, out of time) is a {@link StoppedException} that says what AWS
 * holds, and the next command takes it from there: a stack busy with an earlier operation is waited
 * for, change sets an earlier command left are removed, a half-made artifact bucket is made whole.
 * Commands that only look (plan, diff, drift, status) change nothing: the change set a plan or diff
 * makes is removed before it returns, however it returns.
 *
 * <p>A stack that holds data is kept as written: a stack policy refuses replacing or removing each
 * resource that holds data (a change set that would is refused before it runs, unless the request
 * allows that resource for the update), and termination protection guards it from deletion unless
 * forced.
 */
public final class Deployer {
  /**
   * Seconds between two looks at a stack while waiting, once the first quick looks found it still
   * busy: a compile-time constant, so the command line reads it without loading this class.
   */
  public static final long POLL_SECONDS = 2;
  /** How often CloudFormation is asked while waiting. */
  public static final Duration POLL_INTERVAL = Duration.ofSeconds(POLL_SECONDS);
  /** The largest template, in bytes, CloudFormation takes inline; larger ones go through the bucket. */
  public static final int INLINE_LIMIT = TemplateBody.INLINE_LIMIT;

  private final AwsClients aws;
  private final DeployListener listener;
  private final Duration pollInterval;

  public Deployer(AwsClients aws, DeployListener listener) {
    this(aws, listener, POLL_INTERVAL);
  }

  public Deployer(AwsClients aws, DeployListener listener, Duration pollInterval) {
    this.aws = aws;
    this.listener = listener;
    this.pollInterval = pollInterval;
  }

  private Session session() {
    return new Session(aws, listener, pollInterval);
  }

  /**
   * Creates the stack; one whose first create failed (ROLLBACK_COMPLETE) is deleted and created
   * again, and one an earlier create left half-made is finished.
   */
  public Deployment create(DeployRequest request) {
    Session session = session();
    return session.guard(() -> session.deploy(request, Intent.CREATE));
  }

  /** Creates the stack, or updates it when it is there: how a stack of an app is deployed. */
  public Deployment deploy(DeployRequest request) {
    Session session = session();
    return session.guard(() -> session.deploy(request, Intent.CREATE_OR_UPDATE));
  }

  /** Updates the stack; an update with nothing to change succeeds, and runs nothing. */
  public Deployment update(DeployRequest request) {
    Session session = session();
    return session.guard(() -> session.deploy(request, Intent.UPDATE));
  }

  /**
   * What a create or update would do, changing nothing. For a stack that exists, the change set an
   * update would run is made, shown and removed; for one that does not (or whose first create
   * failed), the resources a create would add are read off the template. Nothing is uploaded: the
   * keys a release would use are shown instead. Empty when there is nothing to change.
   */
  public Optional<ChangeSetPreview> plan(DeployRequest request) {
    Session session = session();
    return session.guard(() -> session.plan(request));
  }

  /**
   * What an update would change, read off the template the stack runs (as it was sent) and its
   * parameter values against the local template and the values an update would send. When something
   * differs, the change set of that update is made for CloudFormation's replacement flags and removed
   * again: nothing is uploaded, and the stack and its change sets are left as they were.
   */
  public StackDiff diff(DeployRequest request) {
    Session session = session();
    return session.guard(() -> session.diff(request));
  }

  /**
   * Changes only the given parameters of a stack that exists, on the template it runs now: every
   * other parameter keeps its value, the release included, so nothing is bundled or uploaded.
   */
  public Deployment setParameters(DeployRequest request) {
    Session session = session();
    return session.guard(() -> session.setParameters(request));
  }

  /**
   * Deletes the stack by its name alone and waits; returns the resources CloudFormation keeps, read
   * off the template the stack runs. A stack that is not there is nothing to delete.
   */
  public List<KeptResource> delete(DeleteRequest request) {
    Session session = session();
    return session.guard(() -> session.delete(request));
  }

  public StackStatus status(String stackName) {
    Session session = session();
    return session.guard(() -> session.status(stackName));
  }

  /**
   * How far the stack's resources are from its template: CloudFormation's drift detection, run and
   * followed until done, each drifted resource with its properties' expected and actual values
   * (secret ones masked). It changes no resource.
   */
  public StackDrift drift(String stackName, Duration timeout) {
    Session session = session();
    return session.guard(() -> session.drift(stackName, timeout));
  }

  /** The outputs of a stack that must exist, by key. */
  public Map<String, String> outputs(String stackName) {
    Session session = session();
    return session.guard(() -> session.outputs(stackName));
  }

  /** The releases in the artifact bucket (or, for a static site, in its own bucket), newest first. */
  public ReleaseHistory releases(DeployRequest request) {
    Session session = session();
    return session.guard(() -> session.releases(request));
  }

  /**
   * Uploads the assets of the request's stack that the bucket does not hold yet, as a deploy does before
   * its change set, and nothing else: for a template packaged to be deployed by other tools.
   *
   * @param bucket the bucket, or null for the artifact bucket, made first if it is not there
   * @return the bucket the assets are in
   */
  public String uploadAssets(DeployRequest request, List<Asset> assets, String bucket) {
    Session session = session();
    return session.guard(() -> AssetUpload.upload(session, bucket == null ? session.artifacts(request)
        : new ArtifactStore(aws.s3(), bucket), assets));
  }

  /**
   * Runs a task definition of the stack once on its cluster, with a command override, and follows it
   * until it stops, reporting its log lines as they arrive.
   */
  public TaskRun runTask(TaskRequest request) {
    Session session = session();
    return session.guard(() -> session.runTask(request));
  }
}
