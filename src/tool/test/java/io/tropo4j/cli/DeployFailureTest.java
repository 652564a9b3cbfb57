package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.NextStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployFailureTest {
  private static final Hints MAKE = Hints.from("make");
  private static final Hints TOOL = Hints.from(null);

  private static DeployException about(String stackName, NextStep next) {
    return new DeployException("stack " + stackName + " is in a state", stackName, "SOME_STATUS", next);
  }

  @Test
  void underMakeTheNextStepNamesMakeTargets() {
    assertEquals("stack web is in a state; follow it with: make status_stack STACK_NAME=web",
        DeployFailure.text(about("web", NextStep.FOLLOW), "webapp", "web", MAKE));
    assertEquals("stack web is in a state; wait until it settles (make status_stack STACK_NAME=web)",
        DeployFailure.text(about("web", NextStep.WAIT), "webapp", "web", MAKE));
    assertEquals("stack web is in a state; create it first (make create_stack STACK=webapp STACK_NAME=web)",
        DeployFailure.text(about("web", NextStep.CREATE), "webapp", "web", MAKE));
    assertEquals("stack webapp is in a state; create it again (make create_stack STACK=webapp), which replaces it",
        DeployFailure.text(about("webapp", NextStep.CREATE_AGAIN), "webapp", "webapp", MAKE));
    assertEquals("stack webapp is in a state; update it instead (make update_stack STACK=webapp)",
        DeployFailure.text(about("webapp", NextStep.UPDATE), "webapp", "webapp", MAKE));
    assertEquals("dirty; commit them, or pass ALLOW_DIRTY=1 to deploy HEAD anyway", DeployFailure.text(
        new DeployException("dirty", null, null, NextStep.COMMIT_OR_ALLOW_DIRTY), "webapp", "webapp", MAKE));
    assertEquals("stack web needs a value for VpcId, Subnets; pass PARAMS=\"VpcId=...\" or a PARAMS_FILE",
        DeployFailure.text(DeployException.missingValues("web", List.of("VpcId", "Subnets")), "webapp", "web", MAKE));
  }

  @Test
  void otherwiseTheNextStepNamesTheToolsCommands() {
    assertEquals("stack web is in a state; follow it with: tropo4j status --stack-name web",
        DeployFailure.text(about("web", NextStep.FOLLOW), "webapp", "web", TOOL));
    assertEquals("stack web is in a state; wait until it settles (tropo4j status --stack-name web)",
        DeployFailure.text(about("web", NextStep.WAIT), "webapp", "web", TOOL));
    assertEquals("stack web is in a state; create it first (tropo4j create webapp --stack-name web)",
        DeployFailure.text(about("web", NextStep.CREATE), "webapp", "web", TOOL));
    assertEquals("stack webapp is in a state; create it again (tropo4j create webapp), which replaces it",
        DeployFailure.text(about("webapp", NextStep.CREATE_AGAIN), "webapp", "webapp", TOOL));
    assertEquals("stack webapp is in a state; update it instead (tropo4j update webapp)",
        DeployFailure.text(about("webapp", NextStep.UPDATE), "webapp", "webapp", TOOL));
    assertEquals("dirty; commit them, or pass --allow-dirty to deploy HEAD anyway", DeployFailure.text(
        new DeployException("dirty", null, null, NextStep.COMMIT_OR_ALLOW_DIRTY), "webapp", "webapp", TOOL));
    assertEquals("stack web needs a value for VpcId, Subnets; pass --param VpcId=... or --params-file FILE",
        DeployFailure.text(DeployException.missingValues("web", List.of("VpcId", "Subnets")), "webapp", "web", TOOL));
  }

  @Test
  void theStackTheFailureIsAboutIsTheOneToFollow() {
    // The artifact bucket's stack, met while deploying webapp.
    assertEquals("stack tropo4j-bootstrap is in a state; follow it with: tropo4j status --stack-name tropo4j-bootstrap",
        DeployFailure.text(about("tropo4j-bootstrap", NextStep.FOLLOW), "webapp", "webapp", TOOL));
  }

  @Test
  void aFailureWithNoNextStepIsTheDeployersSentenceAlone() {
    assertEquals("stack web is ROLLBACK_COMPLETE: Orphan (AWS::EC2::Subnet) failed: no such VPC",
        DeployFailure.text(new DeployException("stack web is ROLLBACK_COMPLETE: Orphan (AWS::EC2::Subnet) failed: "
            + "no such VPC", "web", "ROLLBACK_COMPLETE", NextStep.NONE), "webapp", "web", MAKE));
    assertEquals("cannot reach the AWS endpoint",
        DeployFailure.text(new DeployException("cannot reach the AWS endpoint"), "webapp", "web", TOOL));
  }
}
