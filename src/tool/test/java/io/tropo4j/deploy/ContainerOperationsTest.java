package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.testing.FakeClient;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.cli.Environment;
import io.tropo4j.cli.Main;
import io.tropo4j.core.ContainerImage;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.resources.sns.Topic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeAction;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackResourceResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.ListChangeSetsResponse;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDetail;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ecr.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ecr.model.DescribeRepositoriesResponse;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;
import software.amazon.awssdk.services.ecr.model.ImageNotFoundException;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.ecs.model.Container;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.ContainerOverride;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTasksRequest;
import software.amazon.awssdk.services.ecs.model.DescribeTasksResponse;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.ListTasksRequest;
import software.amazon.awssdk.services.ecs.model.ListTasksResponse;
import software.amazon.awssdk.services.ecs.model.LogConfiguration;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import software.amazon.awssdk.services.ecs.model.RunTaskRequest;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskOverride;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What moto cannot show of the container stacks' operations, against clients that answer as AWS does
 * and record every request: an image release refused before any stack call, a service whose tasks keep
 * stopping and whose deployment the circuit breaker fails, and a command task's exact request, log
 * lines and exit code. Each runs the command line in process, so the output is what a user sees.
 */
class ContainerOperationsTest {
  private static final String REGISTRY = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
  private static final String STACK_ID = "arn:aws:cloudformation:eu-west-1:123456789012:stack/shop/1";
  private static final String CLUSTER = "shop-Cluster-1";
  private static final String SERVICE_ARN = "arn:aws:ecs:eu-west-1:123456789012:service/" + CLUSTER + "/shop-web";
  private static final String COMMAND_TASK = "arn:aws:ecs:eu-west-1:123456789012:task-definition/shop-command:4";
  private static final String CHANGE_SET = "arn:aws:cloudformation:eu-west-1:123456789012:changeSet/tropo4j-1/1";
  private static final String TASK_ARN = "arn:aws:ecs:eu-west-1:123456789012:task/" + CLUSTER + "/0f1e2d3c";

  @TempDir
  Path repo;

  private final FakeClient<CloudFormationClient> cloudFormation = new FakeClient<>(CloudFormationClient.class);
  private final FakeClient<EcrClient> ecr = new FakeClient<>(EcrClient.class);
  private final FakeClient<EcsClient> ecs = new FakeClient<>(EcsClient.class);
  private final FakeClient<CloudWatchLogsClient> logs = new FakeClient<>(CloudWatchLogsClient.class);

  @Test
  void anUpdateWithAMissingImageIsRefusedBeforeAnyStackCall() {
    stackIs("UPDATE_COMPLETE");
    repository();
    ecr.on("describeImages", r -> ImageNotFoundException.builder().statusCode(400).message("no such image").build());

    Run run = run("update", "shop", "--image-tag", "v9");

    assertEquals(1, run.status, run.toString());
    assertEquals("tropo4j: image " + REGISTRY + "/shop-images:v9 is not in ECR repository shop-images; build and "
        + "push it first: docker build -t " + REGISTRY + "/shop-images:v9 . && aws ecr get-login-password | docker "
        + "login --username AWS --password-stdin " + REGISTRY + " && docker push " + REGISTRY + "/shop-images:v9\n",
        run.err);
    assertEquals(List.of(DescribeImagesRequest.builder().registryId("123456789012").repositoryName("shop-images")
        .imageIds(ImageIdentifier.builder().imageTag("v9").build()).build()), ecr.requests("describeImages"));
    assertEquals(List.of("describeStacks", "listChangeSets", "listStackResources"),
        cloudFormation.operations().stream().sorted().toList(), "only reads before the refusal");
  }

  @Test
  void anImageTagForAStackThatRunsNoImageIsOneSentenceBeforeAnyCall() {
    Run run = run("update", "plain", "--image-tag", "v1");
    assertEquals(1, run.status, run.toString());
    assertEquals("tropo4j: stack plain runs no container image from ECR, so an image tag means nothing to it; "
        + "leave it out\n", run.err);
    assertEquals(List.of(), cloudFormation.operations());
  }

  @Test
  void aServiceWhoseTasksKeepStoppingShowsWhyAndItsFailedRolloutIsTheFailure() {
    stackIs("UPDATE_COMPLETE", "UPDATE_IN_PROGRESS", "UPDATE_IN_PROGRESS", "UPDATE_IN_PROGRESS",
        "UPDATE_ROLLBACK_COMPLETE");
    repository();
    ecr.on("describeImages", r -> DescribeImagesResponse.builder().imageDetails(ImageDetail.builder()
        .imageTags("v2").imagePushedAt(Instant.parse("2026-11-20T10:15:00Z")).build()).build());
    cloudFormation
        .on("listChangeSets", r -> ListChangeSetsResponse.builder().build())
        .on("createChangeSet", r -> CreateChangeSetResponse.builder().stackId(STACK_ID).id(CHANGE_SET).build())
        .on("describeChangeSet", r -> DescribeChangeSetResponse.builder().status("CREATE_COMPLETE")
            .changes(Change.builder().resourceChange(ResourceChange.builder().action(ChangeAction.MODIFY)
                .logicalResourceId("Service").physicalResourceId(SERVICE_ARN).resourceType("AWS::ECS::Service")
                .build()).build()).build())
        .on("describeStackEvents", r -> DescribeStackEventsResponse.builder().build())
        .on("executeChangeSet", r -> ExecuteChangeSetResponse.builder().build());
    Task pullFailed = stoppedTask("aaa111", "CannotPullContainerError: pull image manifest has been retried 5 "
        + "time(s): " + REGISTRY + "/shop-images:v2: not found", null);
    Task exited = stoppedTask("bbb222", "Essential container in task exited", 1);
    ecs.on("describeServices",
            r -> services("IN_PROGRESS", "ECS deployment ecs-svc/1 in progress.", 2, 2, 0, List.of()),
            r -> services("IN_PROGRESS", "ECS deployment ecs-svc/1 in progress.", 2, 1, 0, List.of()),
            r -> services("IN_PROGRESS", "ECS deployment ecs-svc/1 in progress.", 2, 1, 0, List.of()),
            r -> services("FAILED", "ECS deployment circuit breaker: tasks failed to start.", 2, 0, 0,
                List.of(ServiceEvent.builder().id("e1").createdAt(Instant.now().plusSeconds(60))
                    .message("(service shop-web) deployment ecs-svc/1 deployment failed: tasks failed to start.")
                    .build())))
        .on("listTasks",
            r -> tasks("arn:old"), // stopped before the update: not reported
            r -> tasks("arn:old", taskArn("aaa111")),
            r -> tasks("arn:old", taskArn("aaa111"), taskArn("bbb222")),
            r -> tasks("arn:old", taskArn("aaa111"), taskArn("bbb222")))
        .on("describeTasks",
            r -> DescribeTasksResponse.builder().tasks(pullFailed).build(),
            r -> DescribeTasksResponse.builder().tasks(exited).build());

    Run run = run("update", "shop", "--image-tag", "v2");

    assertEquals(1, run.status, run.toString());
    String service = "  service shop-web: ";
    assertTrue(run.out.contains("Image " + REGISTRY + "/shop-images:v2 is in ECR (pushed 2026-11-20 10:15 UTC)\n"
        + "Creating change set "), run.out);
    assertTrue(run.out.contains("Executing change set ") && run.out.endsWith(""
        + service + "desired 2, pending 2, running 0, rollout IN_PROGRESS\n"
        + service + "desired 2, pending 1, running 0, rollout IN_PROGRESS\n"
        + service + "task aaa111 stopped: Task failed to start; container app: CannotPullContainerError: pull image "
        + "manifest has been retried 5 time(s): " + REGISTRY + "/shop-images:v2: not found\n"
        + service + "task bbb222 stopped: Essential container in task exited; container app exited with 1\n"
        + service + "(service shop-web) deployment ecs-svc/1 deployment failed: tasks failed to start.\n"
        + service + "desired 2, pending 0, running 0, rollout FAILED: ECS deployment circuit breaker: tasks failed "
        + "to start.\n"), run.out);
    assertEquals("tropo4j: stack shop is UPDATE_ROLLBACK_COMPLETE: the deployment of ECS service shop-web failed "
        + "(ECS deployment circuit breaker: tasks failed to start.); its last stopped task: Essential container in "
        + "task exited; container app exited with 1\n", run.err);
    assertEquals(ListTasksRequest.builder().cluster(CLUSTER).serviceName("shop-web").desiredStatus(DesiredStatus.STOPPED)
        .build(), ecs.requests("listTasks").get(0));
    assertEquals(List.of(DescribeTasksRequest.builder().cluster(CLUSTER).tasks(taskArn("aaa111")).build(),
        DescribeTasksRequest.builder().cluster(CLUSTER).tasks(taskArn("bbb222")).build()), ecs.requests("describeTasks"));
    assertEquals(List.of(CHANGE_SET), cloudFormation.<DescribeChangeSetRequest>requests("describeChangeSet").stream()
        .map(r -> r.changeSetName() + (r.stackName() == null ? "" : " of " + r.stackName())).distinct().toList(),
        "a change set is read by its own ARN, as the AWS CLI reads it");
    assertEquals(CHANGE_SET, cloudFormation.<ExecuteChangeSetRequest>requests("executeChangeSet").get(0).changeSetName());
    assertEquals("v2", cloudFormation.<software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest>
        requests("createChangeSet").get(0).parameters().stream().filter(p -> p.parameterKey().equals("ImageTag"))
        .findFirst().orElseThrow().parameterValue());
  }

  @Test
  void aCommandTaskRunsAsTheServiceDoesPrintsItsLinesAndExitsWithItsCode() {
    commandTaskStack();
    ecs.on("runTask", r -> RunTaskResponse.builder().tasks(Task.builder().taskArn(TASK_ARN).lastStatus("PROVISIONING")
            .build()).build())
        .on("describeTasks",
            r -> DescribeTasksResponse.builder().tasks(Task.builder().taskArn(TASK_ARN).lastStatus("RUNNING").build())
                .build(),
            r -> DescribeTasksResponse.builder().tasks(Task.builder().taskArn(TASK_ARN).lastStatus("STOPPED")
                .stoppedReason("Essential container in task exited")
                .containers(Container.builder().name("app").exitCode(3).build()).build()).build());
    logs.on("getLogEvents",
        r -> ResourceNotFoundException.builder().statusCode(400).message("The specified log stream does not exist.")
            .build(),
        r -> GetLogEventsResponse.builder().nextForwardToken("f/2").events(
            OutputLogEvent.builder().message("Running migration 0042_orders").build(),
            OutputLogEvent.builder().message("error: column orders.total already exists").build()).build(),
        r -> GetLogEventsResponse.builder().nextForwardToken("f/2").build());

    Run run = run("run-task", "shop", "--command", "db,upgrade");

    assertEquals(3, run.status, run.toString());
    NetworkConfiguration network = NetworkConfiguration.builder().awsvpcConfiguration(AwsVpcConfiguration.builder()
        .subnets("subnet-a", "subnet-b").securityGroups("sg-1").assignPublicIp(AssignPublicIp.ENABLED).build()).build();
    assertEquals(List.of(RunTaskRequest.builder().cluster(CLUSTER).taskDefinition(COMMAND_TASK).count(1)
        .startedBy("tropo4j").launchType(LaunchType.FARGATE).networkConfiguration(network)
        .overrides(TaskOverride.builder().containerOverrides(ContainerOverride.builder().name("app")
            .command("db", "upgrade").build()).build()).build()), ecs.requests("runTask"));
    assertEquals(GetLogEventsRequest.builder().logGroupName("shop-LogGroup-1").logStreamName("command/app/0f1e2d3c")
        .startFromHead(true).build(), logs.requests("getLogEvents").get(0));
    assertEquals("f/2", logs.<GetLogEventsRequest>requests("getLogEvents").get(2).nextToken());
    assertEquals(""
        + "Started task 0f1e2d3c of " + COMMAND_TASK + " on cluster " + CLUSTER + ", command: db upgrade\n"
        + "  task 0f1e2d3c: RUNNING\n"
        + "  task 0f1e2d3c: STOPPED\n"
        + "  | Running migration 0042_orders\n"
        + "  | error: column orders.total already exists\n"
        + "  task 0f1e2d3c stopped: Essential container in task exited; container app exited with 3\n"
        + "Task 0f1e2d3c exited with 3.\n", run.out);
    assertEquals("", run.err);
  }

  @Test
  void aCommandTaskThatCannotStartSaysWhyAndExitsWithOne() {
    commandTaskStack();
    ecs.on("runTask", r -> RunTaskResponse.builder().failures(Failure.builder().arn("arn:instance")
        .reason("RESOURCE:MEMORY").build()).build());
    Run run = run("run-task", "shop", "--command", "db,upgrade");
    assertEquals(1, run.status, run.toString());
    assertEquals("tropo4j: the task could not start: RESOURCE:MEMORY\n", run.err);
  }

  @Test
  void aStackWithoutThatTaskDefinitionIsOneSentence() {
    commandTaskStack();
    Run run = run("run-task", "shop", "--task", "MigrateTaskDefinition");
    assertEquals(1, run.status, run.toString());
    assertEquals("tropo4j: stack shop has no task definition MigrateTaskDefinition; its task definitions are "
        + "AppTaskDefinition, CommandTaskDefinition\n", run.err);
    assertEquals(List.of(), ecs.operations());
  }

  // --- what the fakes answer ---

  private void stackIs(String... statuses) {
    @SuppressWarnings("unchecked")
    java.util.function.Function<Object, Object>[] answers = new java.util.function.Function[statuses.length];
    for (int i = 0; i < statuses.length; i++) {
      String status = statuses[i];
      answers[i] = r -> DescribeStacksResponse.builder().stacks(software.amazon.awssdk.services.cloudformation.model
          .Stack.builder().stackName("shop").stackId(STACK_ID).stackStatus(status).parameters(
              software.amazon.awssdk.services.cloudformation.model.Parameter.builder().parameterKey("ImageTag")
                  .parameterValue("v1").build(),
              software.amazon.awssdk.services.cloudformation.model.Parameter.builder().parameterKey("ServiceState")
                  .parameterValue("Online").build()).build()).build();
    }
    cloudFormation.on("describeStacks", answers);
  }

  private void repository() {
    cloudFormation.on("listStackResources", r -> ListStackResourcesResponse.builder().stackResourceSummaries(
        resource("Repository", "AWS::ECR::Repository", "shop-images"),
        resource("Service", "AWS::ECS::Service", SERVICE_ARN)).build());
    ecr.on("describeRepositories", r -> DescribeRepositoriesResponse.builder().repositories(Repository.builder()
        .repositoryName("shop-images").repositoryUri(REGISTRY + "/shop-images").build()).build());
  }

  /** A stack with a command task, a Fargate service on awsvpc, and a log group its containers write to. */
  private void commandTaskStack() {
    stackIs("UPDATE_COMPLETE");
    cloudFormation.on("listStackResources", r -> ListStackResourcesResponse.builder().stackResourceSummaries(
        resource("Cluster", "AWS::ECS::Cluster", CLUSTER),
        resource("AppTaskDefinition", "AWS::ECS::TaskDefinition", "arn:aws:ecs:eu-west-1:123456789012:task-definition/shop-app:4"),
        resource("CommandTaskDefinition", "AWS::ECS::TaskDefinition", COMMAND_TASK),
        resource("Service", "AWS::ECS::Service", SERVICE_ARN)).build());
    ecs.on("describeTaskDefinition", r -> DescribeTaskDefinitionResponse.builder().taskDefinition(TaskDefinition
            .builder().taskDefinitionArn(COMMAND_TASK).networkMode("awsvpc").requiresCompatibilitiesWithStrings("FARGATE")
            .containerDefinitions(ContainerDefinition.builder().name("app").essential(true)
                .logConfiguration(LogConfiguration.builder().logDriver("awslogs").options(Map.of(
                    "awslogs-group", "shop-LogGroup-1", "awslogs-region", "eu-west-1", "awslogs-stream-prefix", "command"))
                    .build()).build()).build()).build())
        .on("describeServices", r -> DescribeServicesResponse.builder().services(Service.builder().serviceName("shop-web")
            .serviceArn(SERVICE_ARN).launchType(LaunchType.FARGATE).networkConfiguration(NetworkConfiguration.builder()
                .awsvpcConfiguration(AwsVpcConfiguration.builder().subnets("subnet-a", "subnet-b").securityGroups("sg-1")
                    .assignPublicIp(AssignPublicIp.ENABLED).build()).build()).build()).build());
  }

  private static StackResourceSummary resource(String logicalId, String type, String physicalId) {
    return StackResourceSummary.builder().logicalResourceId(logicalId).resourceType(type).physicalResourceId(physicalId).build();
  }

  private static DescribeServicesResponse services(String rollout, String reason, int desired, int pending, int running,
      List<ServiceEvent> events) {
    return DescribeServicesResponse.builder().services(Service.builder().serviceName("shop-web").serviceArn(SERVICE_ARN)
        .events(events).deployments(Deployment.builder().id("ecs-svc/1").status("PRIMARY").desiredCount(desired)
            .pendingCount(pending).runningCount(running).rolloutState(rollout).rolloutStateReason(reason).build())
        .build()).build();
  }

  private static String taskArn(String id) {
    return "arn:aws:ecs:eu-west-1:123456789012:task/" + CLUSTER + "/" + id;
  }

  private static ListTasksResponse tasks(String... arns) {
    return ListTasksResponse.builder().taskArns(arns).build();
  }

  private static Task stoppedTask(String id, String reason, Integer exitCode) {
    Container container = exitCode == null
        ? Container.builder().name("app").reason(reason).build()
        : Container.builder().name("app").exitCode(exitCode).build();
    return Task.builder().taskArn(taskArn(id)).lastStatus("STOPPED")
        .stoppedReason(exitCode == null ? "Task failed to start" : reason).containers(container).build();
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(() -> AwsClients.of(cloudFormation.client(),
        new FakeClient<>(S3Client.class).client(), null, ecr.client(), ecs.client(), logs.client()), repo, Duration.ofMillis(1));
    int status = Main.run(args, new Catalog(List.of(new ShopStack(), new PlainStack())), environment,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}

  /** As fargate-service declares its image: a tag of the stack's own repository. */
  private static final class ShopStack implements Stack {
    @Override
    public String name() {
      return "shop";
    }

    @Override
    public String summary() {
      return "a service whose image is a tag of its own repository";
    }

    @Override
    public Optional<ContainerImage> containerImage() {
      return Optional.of(ContainerImage.tagIn("ImageTag", "Repository"));
    }

    @Override
    public Template build() {
      Template t = new Template();
      t.add(io.tropo4j.core.Parameter.string("ImageTag").defaultValue(""));
      t.add(io.tropo4j.core.Parameter.string("ServiceState").allowedValues("Online", "Offline").defaultValue("Offline"));
      t.add(new Topic("Topic"));
      t.add(new io.tropo4j.resources.ecs.Service("Service").desiredCount(2));
      return t;
    }
  }

  /** A stack that runs no image. */
  private static final class PlainStack implements Stack {
    @Override
    public String name() {
      return "plain";
    }

    @Override
    public String summary() {
      return "a topic";
    }

    @Override
    public Template build() {
      Template t = new Template();
      t.add(new Topic("Topic"));
      return t;
    }
  }
}
