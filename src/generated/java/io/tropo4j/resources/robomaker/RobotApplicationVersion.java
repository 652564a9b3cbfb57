// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.robomaker;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::RoboMaker::RobotApplicationVersion</code> resource creates an AWS RoboMaker robot
 * version.
 *
 * <p>CloudFormation type {@code AWS::RoboMaker::RobotApplicationVersion}.
 */
public final class RobotApplicationVersion extends Resource<RobotApplicationVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::RobotApplicationVersion")
      .required("Application")
      .attributes("ApplicationVersion", "Arn")
      .build();

  public RobotApplicationVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The application information for the robot application.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Application}.
   */
  public RobotApplicationVersion application(String value) {
    return set("Application", Value.of(value));
  }

  /** Sets {@code Application} to this value; see {@link #application(String)}. */
  public RobotApplicationVersion application(Value<String> value) {
    return set("Application", value);
  }

  /**
   * Sets {@code Application} to the Ref of {@code AWS::RoboMaker::RobotApplication}; see {@link
   * #application(String)}.
   */
  public RobotApplicationVersion application(RobotApplication resource) {
    return set("Application", resource.ref());
  }

  /**
   * The current revision id for the robot application. If you provide a value and it matches the
   * latest revision ID, a new version will be created.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CurrentRevisionId}.
   */
  public RobotApplicationVersion currentRevisionId(String value) {
    return set("CurrentRevisionId", Value.of(value));
  }

  /** Sets {@code CurrentRevisionId} to this value; see {@link #currentRevisionId(String)}. */
  public RobotApplicationVersion currentRevisionId(Value<String> value) {
    return set("CurrentRevisionId", value);
  }

  /**
   * The robot application version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationVersion}.
   */
  public Value<String> applicationVersion() {
    return getAtt("ApplicationVersion");
  }

  /**
   * The Amazon Resource Name (ARN) of the robot application version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
