package io.tropo4j.stacks;

import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.When;
import io.tropo4j.iam.actions.Sts;
import io.tropo4j.resources.iam.Role;

/** Roles that ECS tasks assume: the task's own, which its containers get, and the execution role the agent uses. */
final class EcsTaskRoles {
  private EcsTaskRoles() {}

  /**
   * ECS tasks may assume the role only on behalf of this account's ECS in this region, so no other
   * account's task can be made to act with it (the confused deputy).
   */
  static Json trust() {
    return Policy.document(Statement.allow(Sts.ASSUME_ROLE).principal(Principal.service("ecs-tasks.amazonaws.com"))
        .when(When.arnLike("aws:SourceArn", Fn.sub("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*")),
            When.stringEquals("aws:SourceAccount", Pseudo.ACCOUNT_ID)));
  }

  /**
   * A task role with no permissions: the containers call no AWS API, and an SDK in them finds these
   * empty credentials at the agent's endpoint rather than anything of the instance's.
   */
  static Role withoutPermissions(Template t, String logicalId) {
    return t.add(new Role(logicalId).assumeRolePolicyDocument(trust()));
  }
}
