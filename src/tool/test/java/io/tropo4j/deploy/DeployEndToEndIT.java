package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.cli.Environment;
import io.tropo4j.cli.Main;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ssm.Parameter;
import io.tropo4j.testing.MotoServer;
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
  private MotoServer moto;
  private Git git;
  private String networkParameters;
  /** Two stacks of the test's own; webapp comes from the catalog's sources, as make deploys it. */
  private final Catalog catalog = new Catalog(List.of(new BigStack(), new BrokenStack()));
  private static final String CATALOG_SOURCES = Path.of("src/stacks/java").toAbsolutePath().toString();

  @BeforeAll
  void start(@TempDir Path scratch) throws Exception {
    repo = scratch;
    moto = MotoServer.start();
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
    // With PARAMS, as against moto: it fails updates that keep a List or SSM-typed value (AWS does not).
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
  void anUpdateWithNothingToChangeSucceedsAndLeavesNoChangeSet() {
    Run run = run("update", "webapp"); // every parameter keeps its previous value
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("(already there)"), run.out);
    assertTrue(run.out.contains("No changes: stack webapp is up to date."), run.out);
    try (AwsClients aws = clients()) {
      assertEquals(List.of(), aws.cloudFormation.listChangeSets(b -> b.stackName("webapp")).summaries().stream()
          .filter(s -> !"EXECUTE_COMPLETE".equals(s.executionStatusAsString())).toList());
    }
  }

  @Test
  @Order(4)
  void aDirtyTreeIsRefusedUnlessAllowed() throws Exception {
    write("src/webapp/app.py", "print('not committed')\n");
    Run refused = deploy("update", "webapp");
    assertEquals(1, refused.status, refused.toString());
    assertEquals("tropo4j: the work tree has uncommitted changes, and the bundle is made from HEAD; commit them, "
        + "or pass --allow-dirty to deploy HEAD anyway\n", refused.err);
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
    assertTrue(run.err.contains("creating stack broken failed"), run.err);
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

    Run exists = deploy("create", "webapp");
    assertEquals(1, exists.status);
    assertTrue(exists.err.startsWith("tropo4j: stack webapp already exists (UPDATE_COMPLETE); update it instead "
        + "(tropo4j update webapp)"), exists.err);
  }

  @Test
  @Order(8)
  void planShowsTheChangesAndRunsNothing() {
    Run run = run("plan", "big", "--stack-name", "planned-only");
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("Add     Parameter000"), run.out);
    assertTrue(run.out.contains("Plan only: nothing was executed."), run.out);
    assertTrue(run("status", "--stack-name", "planned-only").err.contains("does not exist"));
  }

  @Test
  @Order(9)
  void deleteRemovesTheStackAndNamesWhatIsKept() {
    Run run = run("delete", "webapp");
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
    Run run = run("create", "boot", "--stacks", repo.resolve("stacks").toString());
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("Stack boot is CREATE_COMPLETE."), run.out);
    String userData = python("-c", "import base64, boto3; version = boto3.client('ec2')"
        + ".describe_launch_template_versions(LaunchTemplateName='boot')['LaunchTemplateVersions'][0]; "
        + "print(base64.b64decode(version['LaunchTemplateData']['UserData']).decode())");
    assertEquals("#!/bin/sh\necho booting in us-east-1", userData);
    assertEquals(0, run("delete", "boot", "--stacks", repo.resolve("stacks").toString()).status);
  }

  // --- helpers ---

  /** A deploy of the webapp stack with the network the emulator has. */
  private Run deploy(String command, String stack, String... more) {
    List<String> args = new ArrayList<>(List.of(command, stack));
    for (String parameter : networkParameters.split(" ")) {
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
      String bucket = aws.cloudFormation.describeStackResource(b -> b.stackName(BootstrapStack.NAME)
          .logicalResourceId(BootstrapStack.BUCKET)).stackResourceDetail().physicalResourceId();
      return aws.s3.listObjectsV2(b -> b.bucket(bucket)).contents().stream().anyMatch(o -> o.key().equals(key));
    }
  }

  private String parameter(String stack, String name) {
    try (AwsClients aws = clients()) {
      return aws.cloudFormation.describeStacks(b -> b.stackName(stack)).stacks().get(0).parameters().stream()
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
    return python("src/demo/network.py");
  }

  /** Runs Python from the .venv against the emulator, with boto3 at hand; returns what it printed. */
  private String python(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(".venv/bin/python"));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("AWS_ENDPOINT_URL", moto.endpoint().toString());
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output.strip();
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
