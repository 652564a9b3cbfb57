package io.tropo4j.deploy.ecs;

import io.tropo4j.deploy.AwsCallException;
import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.DeployListener;
import io.tropo4j.deploy.StoppedTask;
import io.tropo4j.deploy.TaskRequest;
import io.tropo4j.deploy.TaskRun;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import io.tropo4j.deploy.cloudformation.Polling;
import io.tropo4j.deploy.cloudformation.Stacks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.ContainerOverride;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.RunTaskRequest;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskOverride;

/**
 * One task of a stack's task definition, run on the stack's cluster as its service runs (launch type
 * or capacity providers, and for awsvpc the service's subnets and security groups), followed until
 * it stops. Its container's lines are read from the log group its task definition logs to
 * ({@code awslogs}: stream {@code <prefix>/<container>/<task id>}) while it runs.
 */
public final class CommandTask {
  private final AwsClients aws;
  private final Stacks stacks;
  private final DeployListener listener;
  private final Duration pollInterval;

  public CommandTask(AwsClients aws, Stacks stacks, DeployListener listener, Duration pollInterval) {
    this.aws = aws;
    this.stacks = stacks;
    this.listener = listener;
    this.pollInterval = pollInterval;
  }

  /** Where the container's lines are: the log group and stream; null group when it does not log to CloudWatch. */
  private record LogStream(String group, String stream) {}

  public TaskRun run(TaskRequest request) {
    String name = request.stackName();
    stacks.existing(name);
    Map<String, String> definitions = stacks.physicalIds(name, "AWS::ECS::TaskDefinition");
    String definitionArn = definitions.get(request.taskDefinition());
    if (definitionArn == null) {
      throw new DeployException("stack " + name + " has no task definition " + request.taskDefinition()
          + (definitions.isEmpty() ? "; it has none" : "; its task definitions are "
              + String.join(", ", definitions.keySet())));
    }
    List<String> clusters = new ArrayList<>(stacks.physicalIds(name, "AWS::ECS::Cluster").values());
    if (clusters.size() != 1) {
      throw new DeployException("stack " + name + " has " + (clusters.isEmpty() ? "no ECS cluster" : clusters.size()
          + " ECS clusters") + " to run " + request.taskDefinition() + " on; it needs exactly one");
    }
    String cluster = clusters.get(0);
    TaskDefinition definition = describe(definitionArn);
    ContainerDefinition container = definition.containerDefinitions().stream()
        .filter(c -> !Boolean.FALSE.equals(c.essential())).findFirst()
        .orElseThrow(() -> new DeployException("task definition " + request.taskDefinition() + " of stack " + name
            + " has no essential container to run the command in"));
    RunTaskRequest runTask = runTaskRequest(name, request, cluster, definitionArn, definition, container.name());
    RunTaskResponse started;
    try {
      started = aws.ecs().runTask(runTask);
    } catch (SdkException e) {
      RuntimeException failure = AwsCalls.failure(e, "starting a task of " + request.taskDefinition());
      if (failure instanceof AwsCallException refused && refused.kind() == AwsCallException.Kind.REFUSED) {
        return notStarted(refused.awsMessage()); // ECS refused this task: its reason is the run's
      }
      throw failure; // the service failed, throttled, or the credentials or their rights are wrong
    }
    if (started.tasks().isEmpty()) {
      List<String> reasons = new ArrayList<>();
      for (Failure failure : started.failures()) {
        reasons.add(failure.reason() + (failure.detail() == null ? "" : " (" + failure.detail() + ")"));
      }
      return notStarted(reasons.isEmpty() ? "ECS started no task and gave no reason" : String.join("; ", reasons));
    }
    Task task = started.tasks().get(0);
    String taskId = StoppedTask.taskId(task.taskArn());
    listener.taskStarted(cluster, taskId, definitionArn, request.command());
    return follow(request, cluster, task.taskArn(), logStream(container, taskId), container.name());
  }

  private static TaskRun notStarted(String reason) {
    return new TaskRun(null, null, reason);
  }

  private TaskDefinition describe(String arn) {
    try {
      return aws.ecs().describeTaskDefinition(b -> b.taskDefinition(arn)).taskDefinition();
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "reading task definition " + arn);
    }
  }

  /**
   * The task as the stack's service runs its own: the same launch type or capacity providers and, for
   * awsvpc, the same network settings; without a service, the launch type the task definition requires.
   */
  private RunTaskRequest runTaskRequest(String name, TaskRequest request, String cluster, String definitionArn,
      TaskDefinition definition, String container) {
    RunTaskRequest.Builder run = RunTaskRequest.builder().cluster(cluster).taskDefinition(definitionArn).count(1)
        .startedBy("tropo4j");
    if (!request.command().isEmpty()) {
      run.overrides(TaskOverride.builder().containerOverrides(ContainerOverride.builder().name(container)
          .command(request.command()).build()).build());
    }
    Service service = service(name, cluster);
    if (service != null && !service.capacityProviderStrategy().isEmpty()) {
      run.capacityProviderStrategy(service.capacityProviderStrategy());
    } else if (service != null && service.launchType() != null) {
      run.launchType(service.launchTypeAsString());
    } else {
      boolean fargateOnly = definition.requiresCompatibilitiesAsStrings().contains("FARGATE")
          && !definition.requiresCompatibilitiesAsStrings().contains("EC2");
      run.launchType(fargateOnly ? LaunchType.FARGATE : LaunchType.EC2);
    }
    if ("awsvpc".equals(definition.networkModeAsString())) {
      if (service == null || service.networkConfiguration() == null) {
        throw new DeployException("task definition " + request.taskDefinition() + " of stack " + name + " needs "
            + "subnets and security groups (network mode awsvpc), and no service of the stack has any to share");
      }
      run.networkConfiguration(service.networkConfiguration());
    }
    return run.build();
  }

  /** The stack's first ECS service, whose settings the task shares; null when it has none. */
  private Service service(String name, String cluster) {
    List<String> services = new ArrayList<>(stacks.physicalIds(name, ServiceWatch.ECS_SERVICE).values());
    if (services.isEmpty()) {
      return null;
    }
    try {
      List<Service> found = aws.ecs().describeServices(b -> b.cluster(cluster).services(services.get(0))).services();
      return found.isEmpty() ? null : found.get(0);
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "reading ECS service " + services.get(0));
    }
  }

  private static LogStream logStream(ContainerDefinition container, String taskId) {
    if (container.logConfiguration() == null || !"awslogs".equals(container.logConfiguration().logDriverAsString())) {
      return new LogStream(null, null);
    }
    Map<String, String> options = container.logConfiguration().options();
    String prefix = options.get("awslogs-stream-prefix");
    return new LogStream(options.get("awslogs-group"),
        prefix == null ? null : prefix + "/" + container.name() + "/" + taskId);
  }

  /** Until the task stops: its status as it changes, its lines as they arrive; then its exit code. */
  private TaskRun follow(TaskRequest request, String cluster, String taskArn, LogStream logs, String container) {
    String taskId = StoppedTask.taskId(taskArn);
    Instant deadline = Instant.now().plus(request.timeout());
    String status = null;
    LogReader reader = new LogReader(logs);
    Polling polling = new Polling(pollInterval);
    while (true) {
      try {
        Task task = aws.ecs().describeTasks(b -> b.cluster(cluster).tasks(taskArn)).tasks().get(0);
        if (!task.lastStatus().equals(status)) {
          status = task.lastStatus();
          listener.taskStatus(taskId, status);
        }
        reader.read();
        if ("STOPPED".equals(status)) {
          // CloudWatch Logs may hold the last lines back a moment: read on while pages bring lines.
          for (int page = 0; page < 5 && reader.read() > 0; page++) {
            // each page went to the listener
          }
          return stopped(task, taskId, container);
        }
      } catch (SdkException e) {
        if (!AwsCalls.isThrottling(e)) {
          throw AwsCalls.failure(e, "following task " + taskId);
        }
        polling.throttled();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DeployException("task " + taskId + " is still " + status + " after " + request.timeout().toMinutes()
            + " minutes; it goes on in ECS, on cluster " + cluster);
      }
      polling.pause("following task " + taskId);
    }
  }

  private TaskRun stopped(Task task, String taskId, String container) {
    StoppedTask stopped = Tasks.stopped(null, task);
    listener.taskStopped(stopped);
    for (StoppedTask.ContainerExit exit : stopped.containers()) {
      if (exit.name().equals(container)) {
        return new TaskRun(taskId, exit.exitCode(), exit.exitCode() == null ? stopped.reason() : null);
      }
    }
    return new TaskRun(taskId, null, stopped.reason());
  }

  /** Reads the container's stream on from where it stopped last time; each line to the listener. */
  private final class LogReader {
    private final LogStream logs;
    private String token;

    LogReader(LogStream logs) {
      this.logs = logs;
    }

    /** The number of lines this read brought. */
    int read() {
      if (logs.group() == null || logs.stream() == null) {
        return 0;
      }
      GetLogEventsResponse page;
      try {
        page = aws.logs().getLogEvents(b -> b.logGroupName(logs.group()).logStreamName(logs.stream())
            .startFromHead(true).nextToken(token));
      } catch (software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException notYet) {
        return 0; // the stream is made when the container first writes
      } catch (SdkException e) {
        throw AwsCalls.failure(e, "reading the log stream " + logs.stream());
      }
      for (OutputLogEvent event : page.events()) {
        listener.taskLog(event.message());
      }
      if (page.nextForwardToken() != null) {
        token = page.nextForwardToken();
      }
      return page.events().size();
    }
  }
}
