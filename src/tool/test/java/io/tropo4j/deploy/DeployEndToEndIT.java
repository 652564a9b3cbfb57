package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.cli.Environment;
import io.tropo4j.cli.Main;
import io.tropo4j.core.Asset;
import io.tropo4j.core.Condition;
import io.tropo4j.core.Stack;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.core.Template;
import io.tropo4j.core.ZipArchive;
import io.tropo4j.deploy.release.BootstrapStack;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Value;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.actions.Sts;
import io.tropo4j.nested.NestedStack;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.ssm.Parameter;
import io.tropo4j.testing.Emulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The deploy commands end to end, as a user runs them, against moto in server mode: bootstrap,
 * create, update after a new commit, an update with no change, a dirty tree, a template too large
 * to send inline, a failing create, and delete. The tests run in order, on one emulator and one
 * scratch repository.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeployEndToEndIT {
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

  private Path repo;
  private Emulator moto;
  private Git git;
  private String networkParameters;
  /** Stacks of the test's own; webapp comes from the catalog's sources, as make deploys it. */
  private final AssetStack assetStack = new AssetStack();
  private final Catalog catalog = new Catalog(List.of(new BigStack(), new BrokenStack(), new SiteStack(), assetStack));
  private static final String WEBAPP_IMAGE = "ImageId=/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
  private static final String CATALOG_SOURCES = Path.of("src/stacks/java").toAbsolutePath().toString();

  @BeforeAll
  void start(@TempDir Path scratch) throws Exception {
    repo = scratch;
    moto = Emulator.moto();
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    write("src/webapp/app.py", "print('first release')\n");
    write("src/webapp/requirements.txt", "Flask==3.1.3\n");
    write("README.md", "scratch repository\n");
    commit("first release");
    networkParameters = prepareNetwork();
  }

  @AfterAll
  void stop() {
    if (git != null) {
      git.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  /**
   * Every cheap check comes before the first change: a create without the values the stack needs is
   * refused before the artifact bucket's stack is made or anything is uploaded.
   */
  @Test
  @Order(0)
  void missingValuesAreRefusedBeforeTheArtifactBucketIsMade() {
    Run run = run("create", "webapp");
    assertEquals(1, run.status, run.toString());
    assertEquals("tropo4j: stack webapp needs a value for VpcId, Subnets, HostedZoneId; pass --param VpcId=... or "
        + "--params-file FILE\n", run.err);
    try (AwsClients aws = clients()) {
      assertEquals(List.of(), aws.cloudFormation().listStacks().stackSummaries(), "nothing was made");
    }
  }

  @Test
  @Order(1)
  void createBootstrapsTheArtifactBucketAndPutsTheBundleAtTheCommit() {
    Run run = deploy("create", "webapp");
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("creating stack tropo4j-bootstrap"), run.out);
    String key = "webapp/" + head() + ".zip";
    assertTrue(run.out.contains(key + " (uploaded"), run.out);
    assertTrue(objectExists(key));
    assertEquals(key, parameter("webapp", "SourceKey"));
    assertTrue(run.out.contains("Stack webapp is CREATE_COMPLETE."), run.out);
  }

  @Test
  @Order(2)
  void aNewCommitUploadsANewBundleAndUpdatesTheStack() throws Exception {
    String before = head();
    write("src/webapp/app.py", "print('second release')\n");
    commit("second release");
    // moto cannot keep a List or SSM-typed parameter by reference (AWS's UsePreviousValue, which the
    // deployer sends for what it is not given): the network values are given again.
    Run run = deploy("update", "webapp");
    assertEquals(0, run.status, run.toString());
    String key = "webapp/" + head() + ".zip";
    assertFalse(key.contains(before));
    assertTrue(objectExists(key));
    assertEquals(key, parameter("webapp", "SourceKey"));
    assertTrue(run.out.contains("Stack webapp is UPDATE_COMPLETE."), run.out);
  }

  @Test
  @Order(3)
  void anEarlierCommitIsReleasedAgainWithoutUploadingAndTheReleasesShowWhichRuns() throws Exception {
    String first = git.getRepository().resolve("HEAD~1").name();
    String second = head();
    Run rollback = deploy("update", "webapp", "--commit", "HEAD~1");
    assertEquals(0, rollback.status, rollback.toString());
    assertTrue(rollback.out.contains("Source src/webapp at commit " + first.substring(0, 12) + ": s3://"), rollback.out);
    assertTrue(rollback.out.contains("webapp/" + first + ".zip (already there)"), rollback.out);
    assertEquals("webapp/" + first + ".zip", parameter("webapp", "SourceKey"));

    Run releases = run("releases", "webapp");
    assertEquals(0, releases.status, releases.toString());
    List<String> lines = releases.out.lines().toList();
    assertTrue(lines.get(0).startsWith("Releases of stack webapp in s3://"), releases.out);
    String firstLine = lines.stream().filter(l -> l.contains(first.substring(0, 12))).findFirst().orElseThrow();
    String secondLine = lines.stream().filter(l -> l.contains(second.substring(0, 12))).findFirst().orElseThrow();
    assertTrue(firstLine.startsWith("* ") && firstLine.endsWith("first release"), releases.out);
    assertTrue(secondLine.startsWith("  ") && secondLine.endsWith("second release"), releases.out);
    assertEquals("* runs now", lines.get(lines.size() - 1));

    Run unknown = run("update", "webapp", "--commit", "v9.9");
    assertEquals(1, unknown.status, unknown.toString());
    assertEquals("tropo4j: unknown revision 'v9.9': no commit, tag or branch of the repository at " + repo.toFile()
        + " has that name\n", unknown.err);

    Run forward = deploy("update", "webapp", "--commit", "main");
    assertEquals(0, forward.status, forward.toString());
    assertEquals("webapp/" + second + ".zip", parameter("webapp", "SourceKey"));
  }

  @Test
  @Order(4)
  void aDirtyTreeIsRefusedUnlessAllowed() throws Exception {
    write("src/webapp/app.py", "print('not committed')\n");
    Run refused = deploy("update", "webapp");
    assertEquals(1, refused.status, refused.toString());
    assertEquals("tropo4j: the release's files (src/webapp) have uncommitted changes, and the release is made from "
        + "HEAD; commit them, or pass --allow-dirty to deploy HEAD anyway\n", refused.err);
    assertFalse(refused.err.contains("Exception"), refused.err);

    Run allowed = deploy("update", "webapp", "--allow-dirty");
    assertEquals(0, allowed.status, allowed.toString());
    assertEquals("webapp/" + head() + "-dirty.zip", parameter("webapp", "SourceKey"));
    git.checkout().addPath("src/webapp/app.py").call();
  }

  @Test
  @Order(5)
  void aTemplateOverTheInlineLimitGoesThroughTheArtifactBucket() {
    int size = Templates.toJson(new BigStack().build()).getBytes(StandardCharsets.UTF_8).length;
    assertTrue(size > Deployer.INLINE_LIMIT, "the test stack must be large: " + size);
    Run run = run("create", "big", "--stack-name", "big-one");
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("over the 51200 CloudFormation takes inline: passing it as s3://"), run.out);
    assertTrue(run.out.contains("Stack big-one is CREATE_COMPLETE."), run.out);
  }

  @Test
  @Order(6)
  void aFailingCreateSaysWhyAndFails() {
    Run run = run("create", "broken");
    assertEquals(1, run.status, run.toString());
    assertTrue(run.err.startsWith("tropo4j: executing change set tropo4j-"), run.err);
    assertTrue(run.err.contains("vpc-00000000000000000"), run.err);
    assertFalse(run.err.contains("\tat "), "no stack trace: " + run.err);
  }

  @Test
  @Order(7)
  void mistakesAreOneSentenceAndANonZeroExit() {
    Run unknownStack = run("create", "nosuch");
    assertEquals(2, unknownStack.status);
    assertTrue(unknownStack.err.contains("unknown stack 'nosuch'"), unknownStack.err);

    Run badParameter = run("update", "webapp", "--param", "InstanceType=t1.huge");
    assertEquals(1, badParameter.status);
    assertTrue(badParameter.err.contains("parameter InstanceType is 't1.huge'; allowed values are"), badParameter.err);

    Run missing = run("update", "big", "--stack-name", "never-created");
    assertEquals(1, missing.status);
    assertEquals("tropo4j: stack never-created does not exist; create it first (tropo4j create big --stack-name "
        + "never-created)\n", missing.err);

    // A create of a stack that is there from another template is refused; of the same template, it goes on.
    Run exists = run("create", "big", "--stack-name", "webapp");
    assertEquals(1, exists.status);
    assertTrue(exists.err.startsWith("tropo4j: stack webapp already exists (UPDATE_COMPLETE); update it instead "
        + "(tropo4j update big --stack-name webapp)"), exists.err);
  }

  @Test
  @Order(8)
  void planShowsTheChangesAndRunsNothing() {
    Run run = run("plan", "big", "--stack-name", "planned-only");
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("Stack planned-only does not exist. A create would add:"), run.out);
    assertTrue(run.out.contains("Add     Parameter000"), run.out);
    assertTrue(run.out.contains("Plan only: nothing was created, changed or deleted."), run.out);
    assertTrue(run("status", "--stack-name", "planned-only").err.contains("does not exist"));
  }

  /**
   * A plan never touches a stack: not one whose first create failed (it used to delete it, losing the
   * failure's events), and not one it would update with a new release (nothing is uploaded).
   */
  @Test
  @Order(8)
  void planLeavesEveryStackAsItWasAndUploadsNothing() throws Exception {
    // moto never leaves a stack ROLLBACK_COMPLETE (a failed create stops at REVIEW_IN_PROGRESS), so that
    // case is DeployerPlanTest's, which records every call a plan makes.
    Snapshot broken = snapshot("broken");
    Run failed = run("plan", "broken");
    assertEquals(0, failed.status, failed.toString());
    assertTrue(failed.out.contains("Stack broken does not exist. A create would add:"), failed.out);
    assertEquals(broken, snapshot("broken"));

    write("src/webapp/app.py", "print('third release, planned only')\n");
    commit("third release");
    Snapshot webapp = snapshot("webapp");
    List<String> objects = bucketKeys();
    Run planned = run("plan", "webapp");
    assertEquals(0, planned.status, planned.toString());
    assertTrue(planned.out.contains("would go to webapp/" + head() + ".zip (not uploaded: a plan uploads nothing)"),
        planned.out);
    assertTrue(planned.out.contains("Plan only: nothing was executed."), planned.out);
    assertEquals(webapp, snapshot("webapp"));
    assertEquals(objects, bucketKeys());
  }

  /** The boot script of the newest version of a launch template, as EC2 has it. */
  private String userData(String launchTemplate) {
    return moto.python("-c", "import base64, boto3; versions = boto3.client('ec2').describe_launch_template_versions("
        + "LaunchTemplateName='" + launchTemplate + "')['LaunchTemplateVersions']; version = max(versions, key=lambda "
        + "v: v['VersionNumber']); print(base64.b64decode(version['LaunchTemplateData']['UserData']).decode())");
  }

  /** What a plan must leave as it was: status, events, parameters, and change sets waiting to run. */
  private record Snapshot(String status, List<String> events, List<String> parameters, List<String> changeSets) {}

  private Snapshot snapshot(String stackName) {
    try (AwsClients aws = clients()) {
      var stack = aws.cloudFormation().describeStacks(b -> b.stackName(stackName)).stacks().get(0);
      return new Snapshot(stack.stackStatusAsString(),
          aws.cloudFormation().describeStackEvents(b -> b.stackName(stackName)).stackEvents().stream()
              .map(e -> e.eventId()).toList(),
          stack.parameters().stream().map(p -> p.parameterKey() + "=" + p.parameterValue()).toList(),
          aws.cloudFormation().listChangeSets(b -> b.stackName(stackName)).summaries().stream()
              .filter(c -> c.stackName().equals(stackName) && !"EXECUTE_COMPLETE".equals(c.executionStatusAsString()))
              .map(c -> c.changeSetName()).toList());
    }
  }

  private List<String> bucketKeys() {
    try (AwsClients aws = clients()) {
      String bucket = aws.cloudFormation().describeStackResource(b -> b.stackName(BootstrapStack.NAME)
          .logicalResourceId(BootstrapStack.BUCKET)).stackResourceDetail().physicalResourceId();
      return aws.s3().listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(o -> o.key()).sorted().toList();
    }
  }

  @Test
  @Order(8)
  void outputsGoToAFileForTheNextStepOfAPipeline() throws Exception {
    Path file = repo.resolve("outputs.json");
    Run run = run("status", "webapp", "--outputs-file", file.toString());
    assertEquals(0, run.status, run.toString());
    String json = Files.readString(file);
    assertTrue(json.startsWith("{\n  \"webapp\": {"), json);
    Run unwritable = run("status", "webapp", "--outputs-file", repo.resolve("no/such/folder/o.json").toString());
    assertEquals(1, unwritable.status, unwritable.toString());
    assertEquals("tropo4j: the stack's outputs could not be written to " + repo.resolve("no/such/folder/o.json")
        + ": no such file or folder\n", unwritable.err);
  }

  @Test
  @Order(9)
  void aProtectedStackIsDeletedWhenForcedAndWhatIsKeptIsNamed() {
    Run refused = run("delete", "webapp");
    assertEquals(1, refused.status, refused.toString());
    assertTrue(refused.err.startsWith("tropo4j: stack webapp has termination protection (it holds data: "),
        refused.err);
    Run run = run("delete", "webapp", "--force");
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("Stack webapp is deleted."), run.out);
    assertTrue(run.out.contains("kept (DeletionPolicy Retain): AccessLogsBucket AWS::S3::Bucket"), run.out);
    Run status = run("status", "webapp");
    assertEquals(1, status.status);
    assertTrue(status.err.contains("stack webapp does not exist"), status.err);
  }

  @Test
  @Order(10)
  void aStackFromAFolderOfSourcesDeploysWithItsOwnBootScript() throws Exception {
    write("stacks/userdata/boot.sh", "#!/bin/sh\necho booting in ${AWS::Region}\n");
    write("stacks/com/example/Boot.java", """
        package com.example;
        import io.tropo4j.core.*;
        import io.tropo4j.resources.ec2.LaunchTemplate;
        public final class Boot implements Stack {
          public String name() { return "boot"; }
          public String summary() { return "a launch template with a boot script"; }
          public Template build() {
            Template t = new Template();
            t.add(new LaunchTemplate("Launch").launchTemplateName("boot").launchTemplateData(
                new LaunchTemplate.LaunchTemplateData().userData(UserData.fromFile("boot.sh"))));
            return t;
          }
        }
        """);
    String stacks = repo.resolve("stacks").toString();
    Run dirty = run("create", "boot", "--stacks", stacks);
    assertEquals(1, dirty.status, dirty.toString());
    assertTrue(dirty.err.startsWith("tropo4j: the release's files (stacks) have uncommitted changes"), dirty.err);
    commit("the boot stack");
    Run run = run("create", "boot", "--stacks", stacks);
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("Stack boot is CREATE_COMPLETE."), run.out);
    assertEquals("#!/bin/sh\necho booting in us-east-1", userData("boot"));

    // A release is whole: a commit deploys that commit's stack and that commit's boot script.
    write("stacks/userdata/boot.sh", "#!/bin/sh\necho booting again in ${AWS::Region}\n");
    commit("a new boot script");
    Run earlier = run("update", "boot", "--stacks", stacks, "--commit", "HEAD~1");
    assertEquals(0, earlier.status, earlier.toString());
    assertTrue(earlier.out.contains("Stack boot as commit " + git.getRepository().resolve("HEAD~1").name()
        .substring(0, 12) + " has it"), earlier.out);
    assertTrue(earlier.out.contains("No changes: stack boot is up to date.") || earlier.out.contains(
        "Stack boot is UPDATE_COMPLETE."), earlier.out);
    assertEquals("#!/bin/sh\necho booting in us-east-1", userData("boot"));
    Run latest = run("update", "boot", "--stacks", stacks);
    assertEquals(0, latest.status, latest.toString());

    // A commit whose stack sources no longer compile against this library is one sentence, nothing sent.
    String good = Files.readString(repo.resolve("stacks/com/example/Boot.java"));
    write("stacks/com/example/Boot.java", good.replace("new Template();", "new Template(); int broken = ;"));
    commit("a broken stack");
    write("stacks/com/example/Boot.java", good);
    commit("the stack mended");
    Run broken = run("update", "boot", "--stacks", stacks, "--commit", "HEAD~1");
    assertEquals(1, broken.status, broken.toString());
    assertTrue(broken.err.startsWith("tropo4j: the stack sources of commit "
        + git.getRepository().resolve("HEAD~1").name().substring(0, 12) + " do not compile against this library: "),
        broken.err);
    assertFalse(broken.err.contains("\tat "), broken.err);
    assertEquals("#!/bin/sh\necho booting again in us-east-1", userData("boot"));
    assertEquals(0, run("delete", "boot", "--stacks", repo.resolve("stacks").toString()).status);
  }

  /**
   * static-site's release mechanics end to end: the first create makes the stack without a release,
   * uploads, then switches; a new commit is a new release and an invalidation of what changed; an
   * earlier commit is a switch back without upload. moto's CloudFormation cannot create a
   * distribution, so {@link SiteStack} holds a stand-in whose physical ID is a distribution the test
   * makes through moto's CloudFront API; the switch is seen in the stack's SiteRelease.
   */
  @Test
  @Order(11)
  void aStaticSiteIsPublishedSwitchedAndRolledBack() throws Exception {
    String distribution = moto.python("-c", "import boto3; print(boto3.client('cloudfront').create_distribution("
        + "DistributionConfig={'CallerReference': 'site', 'Comment': '', 'Enabled': True, 'Origins': {'Quantity': 1,"
        + " 'Items': [{'Id': 'o', 'DomainName': 'example.s3.amazonaws.com', 'S3OriginConfig': "
        + "{'OriginAccessIdentity': ''}}]}, 'DefaultCacheBehavior': {'TargetOriginId': 'o', "
        + "'ViewerProtocolPolicy': 'redirect-to-https'}})['Distribution']['Id'])");
    write("site/index.html", "<h1>one</h1>\n");
    write("site/app.js", "console.log('app');\n");
    commit("site one");
    String first = head();

    Run create = run("create", "site", "--param", "DistributionId=" + distribution);
    assertEquals(0, create.status, create.toString());
    assertTrue(create.out.contains("Stack site is made without a release (SiteRelease empty)"), create.out);
    assertTrue(create.out.contains("Site site at release " + first.substring(0, 12) + ": s3://"), create.out);
    assertTrue(create.out.contains("(uploaded, 2 files, 33 bytes)"), create.out);
    assertTrue(create.out.contains("Switching stack site from release (none) to " + first.substring(0, 12)), create.out);
    assertEquals(first, parameter("site", "SiteRelease"));
    String bucket = physicalId("site", "SiteBucket");
    assertEquals("text/html; charset=utf-8 no-cache", headers(bucket, "releases/" + first + "/index.html"));
    assertEquals("text/javascript; charset=utf-8 public, max-age=300, s-maxage=31536000",
        headers(bucket, "releases/" + first + "/app.js"));
    assertEquals("0", invalidations(distribution));

    write("site/index.html", "<h1>two</h1>\n");
    commit("site two");
    String second = head();
    Run update = run("update", "site");
    assertEquals(0, update.status, update.toString());
    assertTrue(update.out.contains("Switching stack site from release " + first.substring(0, 12) + " to "
        + second.substring(0, 12)), update.out);
    assertTrue(update.out.contains("Invalidating / /index.html in distribution " + distribution), update.out);
    assertTrue(update.out.contains(": COMPLETED"), update.out);
    assertEquals(second, parameter("site", "SiteRelease"));
    assertEquals("1", invalidations(distribution));
    // The earlier release's files stay: a rollback has something to switch to.
    assertEquals("text/html; charset=utf-8 no-cache", headers(bucket, "releases/" + first + "/index.html"));

    Run rollback = run("update", "site", "--commit", first.substring(0, 8));
    assertEquals(0, rollback.status, rollback.toString());
    assertTrue(rollback.out.contains("Site site at release " + first.substring(0, 12) + ": s3://" + bucket
        + "/releases/" + first + "/ (already there)"), rollback.out);
    assertEquals(first, parameter("site", "SiteRelease"));
    assertEquals("2", invalidations(distribution));

    // The same release again changes nothing: moto refuses such a change set where AWS makes one that fails
    // as empty, so that path is MiniStack's (CatalogLifecycleIT) and ChangeSetsTest's.

    Run releases = run("releases", "site");
    assertEquals(0, releases.status, releases.toString());
    assertTrue(releases.out.lines().anyMatch(l -> l.startsWith("* " + first.substring(0, 12)) && l.endsWith("site one")),
        releases.out);
    assertTrue(releases.out.lines().anyMatch(l -> l.startsWith("  " + second.substring(0, 12))), releases.out);
  }

  /**
   * The endpoint lost while a create is followed: the create goes on, and the exception says so, with
   * the artifact bucket's stack and the create's stack as CloudFormation last showed them.
   */
  @Test
  @Order(12)
  void losingTheEndpointWhileFollowingSaysTheCreateGoesOn() {
    Emulator lost = Emulator.moto();
    try (AwsClients aws = AwsClients.of(lost.endpoint(), Region.US_EAST_1, CREDENTIALS)) {
      DeployListener cutOff = new DeployListener() {
        @Override
        public void stackEvent(ResourceEvent event) {
          lost.close();
        }
      };
      StoppedException e = org.junit.jupiter.api.Assertions.assertThrows(StoppedException.class,
          () -> new Deployer(aws, cutOff, Duration.ofMillis(50)).create(new DeployRequest(new TopicStack(), "lost",
              Map.of(), repo, null, false, Duration.ofMinutes(1))));
      assertEquals(StoppedException.Why.ENDPOINT_LOST, e.why());
      assertEquals("waiting for the create of stack lost", e.doing());
      assertEquals(List.of(new Holding(Holding.Kind.OPERATION_GOES_ON, "lost", "create", null)), e.holdings());
    } finally {
      lost.close();
    }
  }

  /**
   * A function's code and a nested stack's template go up as assets before the change set: each once,
   * an unchanged stack uploading nothing, a changed file exactly one object. moto creates the function
   * from the uploaded zip (it runs functions only in Docker; AssetsLifecycleIT invokes one on MiniStack).
   */
  @Test
  @Order(13)
  void assetsAreUploadedOnceBeforeTheChangeSetAndOnlyWhenTheyChange() {
    Run created = run("create", "assets");
    assertEquals(0, created.status, created.toString());
    assertEquals(List.of("nested stack Alerts", "function code"), uploadedAssets(created));
    assertTrue(created.out.contains("Stack assets is CREATE_COMPLETE."), created.out);
    String codeKey = assetStack.code().objectKey();
    assertTrue(objectExists(codeKey));
    try (AwsClients aws = clients()) {
      String child = physicalId("assets", "Alerts");
      assertEquals("CREATE_COMPLETE", aws.cloudFormation().describeStacks(b -> b.stackName(child)).stacks().get(0)
          .stackStatusAsString());
    }

    // Nothing uploaded for an unchanged stack. moto then refuses the change set itself, where AWS makes one and
    // fails it for having no changes, which the deployer takes as up to date (MiniStack shows that, in
    // AssetsLifecycleIT; see src/emulators/README.md).
    Run unchanged = run("update", "assets");
    assertEquals(List.of(), uploadedAssets(unchanged));
    assertEquals(2, unchanged.out.lines().filter(l -> l.endsWith(" (already there)")).count(), unchanged.out);
    assertTrue(unchanged.err.contains("No updates are to be performed."), unchanged.toString());

    assetStack.code = "def main(event, context):\n    return 'second'\n";
    Run changed = run("update", "assets");
    assertEquals(0, changed.status, changed.toString());
    assertEquals(List.of("function code"), uploadedAssets(changed));
    assertTrue(objectExists(assetStack.code().objectKey()));
    assertTrue(objectExists(codeKey), "the earlier code stays, for a rollback");
    assertTrue(changed.out.contains("Stack assets is UPDATE_COMPLETE."), changed.out);
  }

  // --- helpers ---

  /** The assets a run uploaded, by the path (or name) each was made from. */
  private static List<String> uploadedAssets(Run run) {
    return run.out.lines().filter(l -> l.startsWith("Asset ") && l.endsWith(" (uploaded)"))
        .map(l -> l.substring("Asset ".length(), l.indexOf(": s3://"))).toList();
  }

  private String physicalId(String stack, String logicalId) {
    try (AwsClients aws = clients()) {
      return aws.cloudFormation().describeStackResource(b -> b.stackName(stack).logicalResourceId(logicalId))
          .stackResourceDetail().physicalResourceId();
    }
  }

  /** An object's Content-Type and Cache-Control, as S3 serves them. */
  private String headers(String bucket, String key) {
    try (AwsClients aws = clients()) {
      var head = aws.s3().headObject(b -> b.bucket(bucket).key(key));
      return head.contentType() + " " + head.cacheControl();
    }
  }

  private String invalidations(String distribution) throws Exception {
    return moto.python("-c", "import boto3; print(boto3.client('cloudfront').list_invalidations(DistributionId='"
        + distribution + "')['InvalidationList']['Quantity'])");
  }

  /** A deploy of the webapp stack with the network the emulator has. */
  /**
   * A deploy of webapp with its network's values, and its SSM-typed image parameter given by name: moto
   * keeps neither a List nor an SSM-typed parameter by reference, as AWS does.
   */
  private Run deploy(String command, String stack, String... more) {
    List<String> args = new ArrayList<>(List.of(command, stack));
    for (String parameter : (networkParameters + " " + WEBAPP_IMAGE).split(" ")) {
      args.add("--param");
      args.add(parameter);
    }
    args.addAll(Arrays.asList(more));
    return run(args.toArray(String[]::new));
  }

  /** Runs the command line in process, with the catalog's sources as make passes them. */
  private Run run(String... args) {
    List<String> withCatalog = new ArrayList<>(Arrays.asList(args));
    withCatalog.addAll(List.of("--stacks", CATALOG_SOURCES));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(this::clients, repo, Duration.ofMillis(50));
    int status = Main.run(withCatalog.toArray(String[]::new), catalog, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}

  private AwsClients clients() {
    return AwsClients.of(moto.endpoint(), Region.US_EAST_1, CREDENTIALS);
  }

  private boolean objectExists(String key) {
    try (AwsClients aws = clients()) {
      String bucket = aws.cloudFormation().describeStackResource(b -> b.stackName(BootstrapStack.NAME)
          .logicalResourceId(BootstrapStack.BUCKET)).stackResourceDetail().physicalResourceId();
      return aws.s3().listObjectsV2(b -> b.bucket(bucket)).contents().stream().anyMatch(o -> o.key().equals(key));
    }
  }

  private String parameter(String stack, String name) {
    try (AwsClients aws = clients()) {
      return aws.cloudFormation().describeStacks(b -> b.stackName(stack)).stacks().get(0).parameters().stream()
          .filter(p -> p.parameterKey().equals(name)).findFirst().orElseThrow().parameterValue();
    }
  }

  private String head() {
    try {
      return git.getRepository().resolve("HEAD").name();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setAuthor("test", "test@example.com").setCommitter("test", "test@example.com")
        .setSign(false).call();
  }

  /** The VPC, subnets and hosted zone the webapp needs, made by the same script `make demo` runs. */
  private String prepareNetwork() throws Exception {
    return moto.python("src/demo/network.py");
  }


  /** A function whose code is an asset the test changes, and a nested stack of one topic. */
  private static final class AssetStack implements Stack {
    volatile String code = "def main(event, context):\n    return 'first'\n";

    @Override
    public String name() {
      return "assets";
    }

    @Override
    public String summary() {
      return "a function from an asset, and a nested stack";
    }

    Asset code() {
      return Asset.content("function code", ZipArchive.of(new TreeMap<>(Map.of("handler.py",
          code.getBytes(StandardCharsets.UTF_8)))), ".zip");
    }

    @Override
    public Template build() {
      Template child = new Template();
      child.add(new Topic("Topic"));
      Template t = new Template();
      t.add(new NestedStack("Alerts", child));
      Role role = t.add(new Role("HandlerRole").assumeRolePolicyDocument(Policy.document(
          Statement.allow(Sts.ASSUME_ROLE).principal(Principal.service("lambda.amazonaws.com")))));
      t.add(new Function("Handler").code(code()).handler("handler.main").runtime("python3.12").role(role));
      return t;
    }
  }

  /** Enough resources that the template is over CloudFormation's inline limit. */
  private static final class BigStack implements Stack {
    @Override
    public String name() {
      return "big";
    }

    @Override
    public String summary() {
      return "many parameters, a large template";
    }

    @Override
    public Template build() {
      Template t = new Template().description("A template over 51,200 bytes");
      String description = "x".repeat(300);
      for (int i = 0; i < 150; i++) {
        t.add(new Parameter(String.format("Parameter%03d", i)).typeProperty("String").value("value " + i)
            .description(description));
      }
      return t;
    }
  }

  /** static-site's release mechanics, with an SSM parameter standing in for the distribution. */
  private static final class SiteStack implements Stack {
    @Override
    public String name() {
      return "site";
    }

    @Override
    public String summary() {
      return "a bucket of releases, and a stand-in for the distribution that serves one";
    }

    @Override
    public Optional<StaticFiles> staticFiles() {
      return Optional.of(new StaticFiles("site", "SiteBucket", "SiteRelease", "Distribution"));
    }

    @Override
    public Template build() {
      Template t = new Template();
      io.tropo4j.core.Parameter<String> release = t.add(io.tropo4j.core.Parameter.string("SiteRelease")
          .defaultValue(""));
      t.add(io.tropo4j.core.Parameter.string("DistributionId"));
      Condition released = t.add(new Condition("HasRelease", Fn.not(Fn.equals(release.ref(), Value.of("")))));
      t.add(new Bucket("SiteBucket").retainData());
      t.add(new Parameter("Distribution").condition(released).name(Fn.sub("${DistributionId}")).typeProperty("String")
          .value(Fn.sub("/releases/${SiteRelease}")));
      return t;
    }
  }

  /** One topic: a stack moto creates at once. */
  private static final class TopicStack implements Stack {
    @Override
    public String name() {
      return "topic";
    }

    @Override
    public String summary() {
      return "one topic";
    }

    @Override
    public Template build() {
      Template t = new Template();
      t.add(new io.tropo4j.resources.sns.Topic("Topic"));
      return t;
    }
  }

  /** A subnet in a VPC that does not exist: CloudFormation accepts the template, the create fails. */
  private static final class BrokenStack implements Stack {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public String summary() {
      return "fails to create";
    }

    @Override
    public Template build() {
      Template t = new Template();
      t.add(new Subnet("Orphan").vpcId("vpc-00000000000000000").cidrBlock("10.9.0.0/24"));
      return t;
    }
  }
}
