package io.tropo4j.deploy.stackset;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.core.TerminationProtection;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.actions.Sts;
import io.tropo4j.resources.iam.Role;

/**
 * The role CloudFormation assumes in each target account of a self-managed StackSet, by the name AWS
 * looks for (AWSCloudFormationStackSetExecutionRole), trusted by the administrator account alone. It
 * holds AdministratorAccess, as AWS's own sample template does: a StackSet's stacks may hold any
 * resource. Deployed in every target account, with that account's credentials; in the administrator
 * account too when it is a target.
 */
public final class ExecutionRoleStack implements Stack {
  public static final String NAME = "tropo4j-stackset-execution";
  public static final String ROLE = "AWSCloudFormationStackSetExecutionRole";
  public static final String ADMINISTRATOR = "AdministratorAccountId";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "the role CloudFormation assumes in a target account of self-managed StackSets";
  }

  @Override
  public TerminationProtection terminationProtection() {
    return TerminationProtection.OFF;
  }

  @Override
  public Template build() {
    Template t = new Template().description("tropo4j: the StackSet execution role of this account");
    Parameter<String> administrator = t.add(Parameter.string(ADMINISTRATOR)
        .description("The account whose StackSets deploy here; empty for this account itself")
        .allowedPattern("^([0-9]{12})?$").defaultValue(""));
    Condition here = t.add(new Condition("AdministeredHere", Fn.equals(administrator.ref(), "")));
    Role role = t.add(new Role("ExecutionRole").roleName(ROLE)
        .assumeRolePolicyDocument(Policy.document(Statement.allow(Sts.ASSUME_ROLE)
            .principal(Principal.aws(Fn.sub("arn:${AWS::Partition}:iam::${Account}:root",
                java.util.Map.of("Account", Fn.ifThen(here, Pseudo.ACCOUNT_ID, administrator.ref())))))))
        .managedPolicyArns(Value.list(Fn.sub("arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess"))));
    t.add(new Output("ExecutionRoleArn", role.arn()));
    return t;
  }
}
