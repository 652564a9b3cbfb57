package io.tropo4j.deploy.stackset;

import io.tropo4j.core.Output;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.core.TerminationProtection;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.When;
import io.tropo4j.iam.actions.Sts;
import io.tropo4j.resources.iam.Role;

/**
 * The role CloudFormation assumes in the administrator account to run a self-managed StackSet, by the
 * name AWS looks for (AWSCloudFormationStackSetAdministrationRole): trusted by CloudFormation on behalf
 * of this account only, allowed nothing but to assume the execution role, by its name, in the targets.
 * As AWS's own sample template (AWSCloudFormationStackSetAdministrationRole.yml) has it.
 */
public final class AdministrationRoleStack implements Stack {
  public static final String NAME = "tropo4j-stackset-administration";
  public static final String ROLE = "AWSCloudFormationStackSetAdministrationRole";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "the role CloudFormation assumes here to run self-managed StackSets";
  }

  @Override
  public TerminationProtection terminationProtection() {
    return TerminationProtection.OFF;
  }

  @Override
  public Template build() {
    Template t = new Template().description("tropo4j: the StackSet administration role of this account");
    Role role = t.add(new Role("AdministrationRole").roleName(ROLE)
        .assumeRolePolicyDocument(Policy.document(Statement.allow(Sts.ASSUME_ROLE)
            .principal(Principal.service("cloudformation.amazonaws.com"))
            .when(When.stringEquals("aws:SourceAccount", Pseudo.ACCOUNT_ID))))
        .policies(new Role.Policy().policyName("AssumeExecutionRole").policyDocument(Policy.document(
            Statement.allow(Sts.ASSUME_ROLE).on(Fn.sub("arn:${AWS::Partition}:iam::*:role/" + ExecutionRoleStack.ROLE))))));
    t.add(new Output("AdministrationRoleArn", role.arn()));
    return t;
  }
}
