package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.deploy.AwsCallException;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.Holding;
import io.tropo4j.deploy.ImageMissingException;
import io.tropo4j.deploy.NameTakenException;
import io.tropo4j.deploy.StoppedException;
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
    assertEquals("stack web is in a state; look at its events (make status_stack STACK_NAME=web) and resolve it in "
        + "CloudFormation", DeployFailure.text(about("web", NextStep.LOOK), "webapp", "web", MAKE));
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
    assertEquals("stack web is in a state; look at its events (tropo4j status --stack-name web) and resolve it in "
        + "CloudFormation", DeployFailure.text(about("web", NextStep.LOOK), "webapp", "web", TOOL));
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

  /** The advice for a failed AWS call is the command line's: a server error says whose fault it is. */
  @Test
  void aServerErrorSaysWhichCallFailedThatTheServiceFailedAndWhatToDo() {
    AwsCallException e = new AwsCallException(AwsCallException.Kind.SERVER_ERROR, "creating a change set for stack web",
        "CloudFormation", 500, null, null, null);
    assertEquals("creating a change set for stack web: CloudFormation failed with HTTP 500; the fault is on the "
        + "service's side (AWS, or the endpoint AWS_ENDPOINT_URL names), not in the request: try again in a minute, "
        + "and if it persists check the AWS Health Dashboard or that endpoint", DeployFailure.text(e, null, "web", TOOL));
    AwsCallException refused = new AwsCallException(AwsCallException.Kind.REFUSED, "creating a change set for stack "
        + "web", "CloudFormation", 400, "ValidationError", "Template format error: bad", null);
    assertEquals("creating a change set for stack web: Template format error: bad",
        DeployFailure.text(refused, null, "web", TOOL));
    AwsCallException noCredentials = new AwsCallException(AwsCallException.Kind.NO_CREDENTIALS, "looking up stack web",
        null, 0, null, null, null);
    assertEquals("looking up stack web: no AWS credentials found; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
        + "or AWS_PROFILE", DeployFailure.text(noCredentials, null, "web", TOOL));
  }

  @Test
  void aMissingImageSaysHowToPushIt() {
    String image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop:v2";
    assertEquals("image " + image + " is not in ECR repository shop; build and push it first: docker build -t " + image
        + " . && aws ecr get-login-password | docker login --username AWS --password-stdin "
        + "123456789012.dkr.ecr.eu-west-1.amazonaws.com && docker push " + image,
        DeployFailure.text(new ImageMissingException(image, "123456789012.dkr.ecr.eu-west-1.amazonaws.com", "shop",
            false, null), "shop", "shop", TOOL));
  }

  @Test
  void aNameHeldByAKeptResourceSaysWhichAndHowToDeleteOrAdoptIt() {
    NameTakenException e = new NameTakenException("site", "ROLLBACK_COMPLETE", "LogBucket", "AWS::S3::Bucket",
        "site-logs-1", null);
    assertEquals("stack site is ROLLBACK_COMPLETE: LogBucket (AWS::S3::Bucket) could not be created, as site-logs-1, "
        + "kept when an earlier stack site was deleted, still holds its name. Either delete it, losing what it holds "
        + "(aws s3 rb s3://site-logs-1 --force), or adopt it into stack site with CloudFormation's resource import "
        + "(aws cloudformation create-change-set --change-set-type IMPORT --resources-to-import naming LogBucket and "
        + "site-logs-1); then make create_stack STACK=static-site STACK_NAME=site again",
        DeployFailure.text(e, "static-site", "site", MAKE));
  }

  /** A stopped command says why, then each thing AWS holds, then how to take it from there. */
  @Test
  void aStoppedCommandSaysWhatAwsHoldsAndHowToGoOn() {
    StoppedException interrupted = new StoppedException(StoppedException.Why.INTERRUPTED,
        "making change set tropo4j-1 for stack tropo4j-bootstrap", List.of(
            new Holding(Holding.Kind.CHANGE_SET_REMOVED, "tropo4j-bootstrap", "tropo4j-1", null)), null);
    assertEquals("interrupted while making change set tropo4j-1 for stack tropo4j-bootstrap. Change set tropo4j-1 of "
        + "stack tropo4j-bootstrap, made and not run, was removed again. Nothing else of this command's is in AWS. "
        + "Running it again takes it from there: make create_stack STACK=webapp",
        DeployFailure.stopped(interrupted, "create", "webapp", "webapp", MAKE));
    AwsCallException lost = new AwsCallException(AwsCallException.Kind.UNREACHABLE, "following the update of stack "
        + "web", null, 0, null, "ConnectException: Connection refused", null);
    StoppedException cutOff = new StoppedException(StoppedException.Why.ENDPOINT_LOST,
        "waiting for the update of stack web", List.of(
            new Holding(Holding.Kind.UPLOADED, null, "s3://artifacts/webapp/abc.zip", null),
            new Holding(Holding.Kind.OPERATION_GOES_ON, "web", "update", "UPDATE_IN_PROGRESS")), lost);
    assertEquals("lost the AWS endpoint while waiting for the update of stack web (ConnectException: Connection "
        + "refused). s3://artifacts/webapp/abc.zip was sent to S3 (content-addressed: the next deploy uses it, or sends it "
        + "again). "
        + "CloudFormation goes on with the update of stack web (UPDATE_IN_PROGRESS); follow it with: tropo4j status "
        + "--stack-name web; the next command on the stack waits for it. Running it again takes it from there: "
        + "tropo4j update webapp --stack-name web", DeployFailure.stopped(cutOff, "update", "webapp", "web", TOOL));
    StoppedException plan = new StoppedException(StoppedException.Why.INTERRUPTED, "looking up stack web", List.of(),
        null);
    assertEquals("interrupted while looking up stack web. Nothing was changed in AWS.",
        DeployFailure.stopped(plan, "plan", "webapp", "web", TOOL));
  }
}
