package io.tropo4j.deploy.ecs;

import io.tropo4j.deploy.StoppedTask;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ecs.model.Container;
import software.amazon.awssdk.services.ecs.model.Task;

/** ECS's tasks as the deployer reports them. */
final class Tasks {
  private Tasks() {}

  static StoppedTask stopped(String service, Task task) {
    List<StoppedTask.ContainerExit> containers = new ArrayList<>();
    for (Container c : task.containers()) {
      containers.add(new StoppedTask.ContainerExit(c.name(), c.exitCode(), c.reason()));
    }
    return new StoppedTask(service, StoppedTask.taskId(task.taskArn()), task.stoppedReason(), containers);
  }
}
