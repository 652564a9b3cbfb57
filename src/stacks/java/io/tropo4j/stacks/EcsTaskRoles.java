package io.tropo4j.stacks;

import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/** Roles that ECS tasks assume: the task's own, which its containers get, and the execution role the agent uses. */
final class EcsTaskRoles {
  private EcsTaskRoles() {}

  /**
   * ECS tasks may assume the role only on behalf of this account's ECS in this region, so no other
   * account's task can be made to act with it (the confused deputy).
   */
  static Json trust() {
    return Json.object("Version", "2012-10-17", "Statement", List.of(Json.object(
        "Effect", "Allow",
        "Principal", Json.object("Service", "ecs-tasks.amazonaws.com"),
        "Action", "sts:AssumeRole",
        "Condition", Json.object(
            "ArnLike", Json.object("aws:SourceArn",
                Fn.sub("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*")),
            "StringEquals", Json.object("aws:SourceAccount", Pseudo.ACCOUNT_ID)))));
  }

  /**
   * A task role with no permissions: the containers call no AWS API, and an SDK in them finds these
   * empty credentials at the agent's endpoint rather than anything of the instance's.
   */
  static Role withoutPermissions(Template t, String logicalId) {
    return t.add(new Role(logicalId).assumeRolePolicyDocument(trust()));
  }
}
