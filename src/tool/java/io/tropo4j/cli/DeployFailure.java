package io.tropo4j.cli;

import io.tropo4j.deploy.AwsCallException;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.Holding;
import io.tropo4j.deploy.ImageMissingException;
import io.tropo4j.deploy.NameTakenException;
import io.tropo4j.deploy.StoppedException;
import java.util.List;

/**
 * A failed deploy in words: the deployer's sentence of fact, then what to do next, spelled by the
 * {@link Hints}. Every piece of advice the tool gives about a failure is worded here.
 */
final class DeployFailure {
  private DeployFailure() {}

  /**
   * @param stack the catalog's stack the command was given, or null
   * @param stackName the stack's name in CloudFormation the command was given
   */
  static String text(DeployException e, String stack, String stackName, Hints hints) {
    if (e instanceof AwsCallException call) {
      return aws(call);
    }
    String name = e.stackName().orElse(stackName);
    return e.getMessage() + switch (e.next()) {
      case NONE -> "";
      case CREATE -> "; create it first (" + hints.create(stack, name) + ")";
      case CREATE_AGAIN -> "; create it again (" + hints.create(stack, name) + "), which replaces it";
      case UPDATE -> "; update it instead (" + hints.update(stack, name) + ")";
      case LOOK -> "; look at its events (" + hints.status(name) + ") and resolve it in CloudFormation";
      case FOLLOW -> "; follow it with: " + hints.status(name);
      case COMMIT_OR_ALLOW_DIRTY -> "; commit them, or pass " + hints.allowDirty() + " to deploy HEAD anyway";
      case GIVE_VALUES -> "; pass " + hints.values(e.parameters().get(0));
      case PUSH_IMAGE -> push((ImageMissingException) e);
      case DELETE_OR_ADOPT -> deleteOrAdopt((NameTakenException) e, stack, name, hints);
      case FORCE_DELETE -> "; to delete it anyway: " + hints.forceDelete(name);
      case ALLOW_REPLACE -> "; to let this update do it anyway (the resource's UpdateReplacePolicy or "
          + "DeletionPolicy decides whether its data is kept), run the same command with "
          + hints.allowing(e.parameters());
    };
  }

  /** An AWS call that failed, by kind: what it was for, what AWS said, and what to do. */
  static String aws(AwsCallException e) {
    String said = e.awsMessage() == null ? "" : " (" + e.awsMessage() + ")";
    return switch (e.kind()) {
      case NO_CREDENTIALS -> e.doing() + ": no AWS credentials found; set AWS_ACCESS_KEY_ID and "
          + "AWS_SECRET_ACCESS_KEY, or AWS_PROFILE";
      case NO_REGION -> "no AWS region set; set AWS_REGION or a region in your profile";
      case BAD_CREDENTIALS -> e.doing() + ": AWS rejected the credentials" + said
          + "; refresh them or choose another profile";
      case ACCESS_DENIED -> e.doing() + ": access denied" + said;
      case UNREACHABLE -> e.doing() + ": cannot reach the AWS endpoint" + said + "; check the network or "
          + "AWS_ENDPOINT_URL";
      case SERVER_ERROR -> e.doing() + ": " + (e.service() == null ? "the service" : e.service()) + " failed with HTTP "
          + e.statusCode() + (e.awsMessage() == null ? "" : ": " + e.awsMessage()) + "; the fault is on the service's "
          + "side (AWS, or the endpoint AWS_ENDPOINT_URL names), not in the request: try again in a minute, and if it "
          + "persists check the AWS Health Dashboard or that endpoint";
      case THROTTLED -> e.doing() + ": AWS keeps throttling the requests" + said + "; try again in a minute";
      case REFUSED -> e.doing() + ": " + (e.awsMessage() != null ? e.awsMessage() : e.errorCode());
      case CLIENT -> e.doing() + ": " + e.awsMessage();
    };
  }

  private static String push(ImageMissingException e) {
    String push = "docker build -t " + e.image() + " . && aws ecr get-login-password | docker login --username AWS "
        + "--password-stdin " + e.registry() + " && docker push " + e.image();
    return e.repositoryMissing()
        ? "; create it (aws ecr create-repository --repository-name " + e.repository() + " --image-tag-mutability "
            + "IMMUTABLE --image-scanning-configuration scanOnPush=true) and push the image: " + push
        : "; build and push it first: " + push;
  }

  private static String deleteOrAdopt(NameTakenException e, String stack, String name, Hints hints) {
    String delete = switch (e.type()) {
      case "AWS::S3::Bucket" -> "aws s3 rb s3://" + e.physicalId() + " --force";
      case "AWS::Logs::LogGroup" -> "aws logs delete-log-group --log-group-name " + e.physicalId();
      case "AWS::SQS::Queue" -> "aws sqs delete-queue --queue-url " + e.physicalId();
      case "AWS::DynamoDB::Table" -> "aws dynamodb delete-table --table-name " + e.physicalId();
      default -> "delete " + e.physicalId() + " with its service's own command";
    };
    return ". Either delete it, losing what it holds (" + delete + "), or adopt it into stack " + name
        + " with CloudFormation's resource import (aws cloudformation create-change-set --change-set-type IMPORT "
        + "--resources-to-import naming " + e.logicalId() + " and " + e.physicalId() + "); then "
        + hints.create(stack, name) + " again";
  }

  /**
   * A command that stopped partway: why, then what AWS holds, each thing in its own sentence, and how
   * the next command takes it from there.
   *
   * @param command the command that stopped (create, update, plan, ...)
   */
  static String stopped(StoppedException e, String command, String stack, String stackName, Hints hints) {
    StringBuilder text = new StringBuilder(switch (e.why()) {
      case INTERRUPTED -> "interrupted while " + e.doing() + ".";
      case ENDPOINT_LOST -> "lost the AWS endpoint while " + e.doing() + " (" + (e.endpointFailure() == null
          ? "no answer" : e.endpointFailure().awsMessage()) + ").";
      case TIMED_OUT -> "stopped " + e.doing() + ".";
    });
    boolean lookOnly = command.equals("plan") || command.equals("diff") || command.equals("status")
        || command.equals("outputs") || command.equals("releases") || command.equals("drift");
    List<Holding> holdings = e.holdings();
    boolean changed = false;
    for (Holding holding : holdings) {
      text.append(' ').append(holding(holding, command, lookOnly, hints));
      changed |= holding.kind() != Holding.Kind.CHANGE_SET_REMOVED && holding.kind() != Holding.Kind.UPLOADED;
    }
    if (holdings.isEmpty()) {
      text.append(" Nothing was changed in AWS.");
    } else if (!changed) {
      text.append(" Nothing else of this command's is in AWS.");
    }
    if (!lookOnly && !settled(holdings, stackName, "DELETE_COMPLETE")) {
      // A create whose stack is there now goes on as an update (a static site's release, say).
      boolean created = command.equals("create") && (settled(holdings, stackName, "CREATE_COMPLETE")
          || settled(holdings, stackName, "UPDATE_COMPLETE"));
      text.append(created ? " Updating it takes it from there: " : " Running it again takes it from there: ")
          .append(hints.again(created ? "update" : command, stack, stackName));
    }
    return text.toString();
  }

  /** Whether the command's own operation on the stack is over, and the stack rests in that status. */
  private static boolean settled(List<Holding> holdings, String stackName, String status) {
    for (Holding holding : holdings) {
      if (holding.kind() == Holding.Kind.STACK_SETTLED && stackName.equals(holding.stackName())
          && status.equals(holding.status())) {
        return true;
      }
    }
    return false;
  }

  private static String holding(Holding h, String command, boolean lookOnly, Hints hints) {
    String next = lookOnly ? "the next plan or diff" : "the next deploy";
    return switch (h.kind()) {
      case CHANGE_SET_REMOVED -> "Change set " + h.name() + " of stack " + h.stackName() + ", made and not run, was "
          + "removed again.";
      case CHANGE_SET_LEFT -> "Change set " + h.name() + " of stack " + h.stackName() + " was made and not run; it "
          + "changes nothing, and " + next + " of the stack removes it.";
      case CHANGE_SET_MAYBE_LEFT -> "Change set " + h.name() + " of stack " + h.stackName() + " was asked for and "
          + "the answer lost: it may be there, not run; it changes nothing, and " + next + " of the stack removes it.";
      case OPERATION_GOES_ON -> "CloudFormation goes on with the " + h.name() + " of stack " + h.stackName()
          + (h.status() == null ? "" : " (" + h.status() + ")") + "; follow it with: " + hints.status(h.stackName())
          + "; the next command on the stack waits for it.";
      case OPERATION_MAYBE_STARTED -> "The " + h.name() + " of stack " + h.stackName() + " was sent and the answer "
          + "lost: CloudFormation may be running it; " + hints.status(h.stackName()) + " tells, and the next command "
          + "on the stack waits for it.";
      case STACK_SETTLED -> "Stack " + h.stackName() + " is " + h.status() + " (its " + h.name() + " is done).";
      case UPLOADED -> h.name() + " was sent to S3 (content-addressed: the next deploy uses it, or sends it again).";
      case INVALIDATION_GOES_ON -> "CloudFront goes on with invalidation " + h.name() + ".";
      case INVALIDATION_PENDING -> "The site switched to its release and its cache of the changed files was not "
          + "invalidated yet (distribution " + h.name() + "); the next deploy of the same release does it.";
      case SAFEGUARD_LOWERED -> "Stack " + h.stackName() + " may be less protected than its template asks: " + h.name()
          + ".";
    };
  }
}
