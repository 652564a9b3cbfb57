package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.cli.Environment;
import io.tropo4j.cli.Main;
import io.tropo4j.core.Condition;
import io.tropo4j.core.ContainerImage;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ecr.Repository;
import io.tropo4j.resources.ecs.Cluster;
import io.tropo4j.resources.ecs.Service;
import io.tropo4j.resources.ecs.TaskDefinition;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.testing.Emulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import software.amazon.awssdk.services.ecs.model.ContainerOverride;
import software.amazon.awssdk.services.ecs.model.Task;

/**
 * ecs-cluster's operator steps, end to end against moto, on a stand-in with the same operating
 * surface (ecs-cluster itself does not create there: moto skips CloudFront and ACM, and fails the
 * GetAtt of the distribution's name): an image repository and an ImageTag, a cluster, a log group, a
 * service switched by ServiceState, and a CommandTaskDefinition on EC2 in bridge mode. What moto
 * shows: ECR images, a parameter-only update, a service's deployment, a task run with a command
 * override, and its log lines. What it cannot (tasks that fail, exit codes other than 0, a circuit
 * breaker) is in ContainerOperationsTest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerOperationsEndToEndIT {
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
  /** A manifest ECR takes: what docker push sends, without layers. */
  private static final String MANIFEST = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution."
      + "manifest.v2+json\",\"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"size\":1,"
      + "\"digest\":\"sha256:" + "a".repeat(64) + "\"},\"layers\":[]}";

  private Emulator moto;
  private Path repo;
  private String head;

  @BeforeAll
  void start(@TempDir Path scratch) throws Exception {
    repo = scratch;
    moto = Emulator.moto();
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo.resolve("Dockerfile"), "FROM scratch\n");
      git.add().addFilepattern(".").call();
      head = git.commit().setMessage("image source").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
          .setSign(false).call().name();
    }
  }

  @AfterAll
  void stop() {
    if (moto != null) {
      moto.close();
    }
  }

  @Test
  @Order(1)
  void createMakesTheRepositoryWithoutAnImage() {
    Run run = run("create", "ops");
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("Stack ops is CREATE_COMPLETE."), run.out);
    Run tagged = run("create", "ops", "--stack-name", "ops-two", "--image-tag", "v1");
    assertEquals("tropo4j: stack ops-two makes its image repository itself, so no image can be in it before the "
        + "create: create the stack without an image tag, push the image to its repository (output RepositoryUri), "
        + "then update it with the tag\n", tagged.err);
  }

  @Test
  @Order(2)
  void anUpdateWithAMissingImageIsRefusedAndWithThePushedOneItRolls() {
    String uri = repositoryUri();
    int changeSets = changeSetCount();
    Run missing = run("update", "ops", "--image-tag", "v1");
    assertEquals(1, missing.status, missing.toString());
    assertEquals("tropo4j: image " + uri + ":v1 is not in ECR repository ops-images; build and push it first: "
        + "docker build -t " + uri + ":v1 . && aws ecr get-login-password | docker login --username AWS "
        + "--password-stdin " + uri.substring(0, uri.indexOf('/')) + " && docker push " + uri + ":v1\n", missing.err);
    assertEquals(changeSets, changeSetCount(), "no change set for a missing image");
    assertEquals("", parameter("ImageTag"));

    push("v1");
    Run rolled = run("update", "ops", "--image-tag", "v1");
    assertEquals(0, rolled.status, rolled.toString());
    assertTrue(rolled.out.contains("Image " + uri + ":v1 is in ECR (pushed "), rolled.out);
    assertTrue(rolled.out.contains("Stack ops is UPDATE_COMPLETE."), rolled.out);
    assertEquals("v1", parameter("ImageTag"));
  }

  @Test
  @Order(3)
  void withoutATagTheImageIsTheCommits() {
    Run missing = run("update", "ops");
    assertEquals(1, missing.status, missing.toString());
    assertTrue(missing.err.startsWith("tropo4j: image " + repositoryUri() + ":" + head + " is not in ECR repository "
        + "ops-images; build and push it first: "), missing.err);

    push(head);
    Run rolled = run("update", "ops");
    assertEquals(0, rolled.status, rolled.toString());
    assertEquals(head, parameter("ImageTag"));
  }

  /** make service_online: one parameter on the template the stack runs; the image stays; the service shows. */
  @Test
  @Order(4)
  void serviceStateChangesAloneAndTheServiceDeploymentShows() {
    Run run = run("set-params", "ops", "--param", "ServiceState=Online");
    assertEquals(0, run.status, run.toString());
    assertEquals("Online", parameter("ServiceState"));
    assertEquals(head, parameter("ImageTag"));
    assertTrue(run.out.contains("  service " + physicalId("Service").substring(physicalId("Service").lastIndexOf('/') + 1)
        + ": desired "), run.out);
    assertTrue(run.out.contains(", rollout "), run.out);

    Run unknown = run("set-params", "ops", "--param", "Nope=1");
    assertEquals(1, unknown.status, unknown.toString());
    assertEquals("tropo4j: stack ops has no parameter 'Nope'; its parameters are ImageTag, ServiceState\n", unknown.err);
    Run tag = run("set-params", "ops", "--param", "ServiceState=Offline", "--image-tag", "v1");
    assertEquals("tropo4j: set-params changes parameters on the release that runs now; an image tag is a new release: "
        + "update the stack with it instead\n", tag.err);
  }

  /** make run_task STACK=ecs-cluster COMMAND="db,upgrade", with an instance in the cluster as its agent registers it. */
  @Test
  @Order(5)
  void theCommandTaskRunsWithTheOverrideItsLinesArriveAndItsExitCodeIsTheCommands() throws Exception {
    registerContainerInstance(physicalId("Cluster"));
    Run run = run("run-task", "ops", "--command", "db,upgrade");
    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains(" on cluster " + physicalId("Cluster") + ", command: db upgrade\n"), run.out);
    assertTrue(run.out.endsWith(" exited with 0.\n"), run.out);

    // The lines: written into the task's stream as its container would, once the task has started.
    List<String> lines = new ArrayList<>();
    TaskRun result;
    try (AwsClients aws = clients()) {
      String group = physicalId("LogGroup");
      result = new Deployer(aws, new DeployListener() {
        @Override
        public void taskStarted(String cluster, String taskId, String taskDefinition, List<String> command) {
          String stream = "command/app/" + taskId;
          aws.logs().createLogStream(b -> b.logGroupName(group).logStreamName(stream));
          aws.logs().putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(
              e -> e.timestamp(System.currentTimeMillis()).message("Running migrations"),
              e -> e.timestamp(System.currentTimeMillis()).message("Done")));
        }

        @Override
        public void taskLog(String line) {
          lines.add(line);
        }
      }, Duration.ofMillis(50)).runTask(new TaskRequest("ops", TaskRequest.COMMAND_TASK, List.of("db", "upgrade"),
          Duration.ofMinutes(1)));
      Task task = aws.ecs().describeTasks(b -> b.cluster(physicalId("Cluster")).tasks(result.taskId())).tasks().get(0);
      assertEquals(List.of(ContainerOverride.builder().name("app").command("db", "upgrade").build()),
          task.overrides().containerOverrides());
    }
    assertEquals(List.of("Running migrations", "Done"), lines);
    assertEquals(0, result.exitStatus());
  }

  @Test
  @Order(6)
  void mistakesAreOneSentenceAndANonZeroExit() {
    Run noTask = run("run-task", "ops", "--task", "MigrateTaskDefinition");
    assertEquals(1, noTask.status, noTask.toString());
    assertEquals("tropo4j: stack ops has no task definition MigrateTaskDefinition; its task definitions are "
        + "AppTaskDefinition, CommandTaskDefinition\n", noTask.err);
    Run noStack = run("run-task", "nosuch");
    assertEquals(2, noStack.status, noStack.toString());
    assertTrue(noStack.err.startsWith("tropo4j: unknown stack 'nosuch'"), noStack.err);
    Run notCreated = run("run-task", "ops", "--stack-name", "never-made");
    assertEquals("tropo4j: stack never-made does not exist; create it first (tropo4j create ops --stack-name "
        + "never-made)\n", notCreated.err);
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(this::clients, repo, Duration.ofMillis(50));
    int status = Main.run(args, new Catalog(List.of(new OpsStack())), environment,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}

  private AwsClients clients() {
    return AwsClients.of(moto.endpoint(), Region.US_EAST_1, CREDENTIALS);
  }

  private String physicalId(String logicalId) {
    try (AwsClients aws = clients()) {
      return aws.cloudFormation().describeStackResource(b -> b.stackName("ops").logicalResourceId(logicalId))
          .stackResourceDetail().physicalResourceId();
    }
  }

  private String parameter(String name) {
    try (AwsClients aws = clients()) {
      return aws.cloudFormation().describeStacks(b -> b.stackName("ops")).stacks().get(0).parameters().stream()
          .filter(p -> p.parameterKey().equals(name)).findFirst().orElseThrow().parameterValue();
    }
  }

  private String repositoryUri() {
    try (AwsClients aws = clients()) {
      return aws.ecr().describeRepositories(b -> b.repositoryNames("ops-images")).repositories().get(0).repositoryUri();
    }
  }

  /** What docker push leaves in the repository: an image under the tag. */
  private void push(String tag) {
    try (AwsClients aws = clients()) {
      aws.ecr().putImage(b -> b.repositoryName("ops-images").imageTag(tag).imageManifest(MANIFEST));
    }
  }

  private int changeSetCount() {
    try (AwsClients aws = clients()) {
      return aws.cloudFormation().listChangeSets(b -> b.stackName("ops")).summaries().size();
    }
  }

  /** An EC2 instance in the cluster, as the ECS agent on ecs-cluster's instances registers them. */
  private void registerContainerInstance(String cluster) throws Exception {
    String script = "import boto3, json\n"
        + "ec2 = boto3.client('ec2')\n"
        + "image = ec2.describe_images()['Images'][0]['ImageId']\n"
        + "instance = ec2.run_instances(ImageId=image, MinCount=1, MaxCount=1)['Instances'][0]['InstanceId']\n"
        + "document = json.dumps({'instanceId': instance, 'region': 'us-east-1', 'accountId': '123456789012'})\n"
        + "boto3.client('ecs').register_container_instance(cluster='" + cluster + "', "
        + "instanceIdentityDocument=document)\n";
    moto.python("-c", script);
  }

  /** ecs-cluster's operating surface, in what moto creates. */
  private static final class OpsStack implements Stack {
    @Override
    public String name() {
      return "ops";
    }

    @Override
    public String summary() {
      return "an image repository, a cluster, a service switched by ServiceState and a command task";
    }

    @Override
    public Optional<ContainerImage> containerImage() {
      return Optional.of(ContainerImage.tagIn("ImageTag", "Repository"));
    }

    @Override
    public Template build() {
      Template t = new Template();
      Parameter<String> tag = t.add(Parameter.string("ImageTag").defaultValue(""));
      Parameter<String> state = t.add(Parameter.string("ServiceState").allowedValues("Online", "Offline")
          .defaultValue("Offline"));
      Condition online = t.add(new Condition("ServiceOnline", Fn.equals(state.ref(), "Online")));
      t.add(new Repository("Repository").repositoryName(Fn.sub("${AWS::StackName}-images"))
          .imageTagMutability("IMMUTABLE").retainData());
      Cluster cluster = t.add(new Cluster("Cluster"));
      LogGroup logs = t.add(new LogGroup("LogGroup").retentionInDays(7).retainData());
      TaskDefinition app = t.add(new TaskDefinition("AppTaskDefinition").family("ops-app").networkMode("bridge")
          .containerDefinitions(container(logs, "app")));
      t.add(new TaskDefinition("CommandTaskDefinition").family("ops-command").networkMode("bridge")
          .containerDefinitions(container(logs, "command")));
      t.add(new Service("Service").cluster(cluster).taskDefinition(app).launchType("EC2")
          .desiredCount(Fn.ifThen(online, 1, 0)));
      return t;
    }

    private static TaskDefinition.ContainerDefinition container(LogGroup logs, String prefix) {
      return new TaskDefinition.ContainerDefinition().name("app").essential(true).memory(256).cpu(128)
          .image(Fn.sub("${Repository.RepositoryUri}:${ImageTag}"))
          .logConfiguration(new TaskDefinition.LogConfiguration().logDriver("awslogs").options(Value.strings(Map.of(
              "awslogs-group", logs.ref(), "awslogs-region", Pseudo.REGION, "awslogs-stream-prefix", prefix))));
    }
  }
}
