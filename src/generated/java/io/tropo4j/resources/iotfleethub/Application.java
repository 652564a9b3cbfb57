// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotfleethub;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a Fleet Hub for AWS IoT Device Management web application.
 *
 * <p>CloudFormation type {@code AWS::IoTFleetHub::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetHub::Application")
      .required("ApplicationName", "RoleArn")
      .attributes("ApplicationArn", "ApplicationCreationDate", "ApplicationId",
          "ApplicationLastUpdateDate", "ApplicationState", "ApplicationUrl", "ErrorMessage",
          "SsoClientId")
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description of the web application.
   *
   * <p>CloudFormation property {@code ApplicationDescription}.
   */
  public Application applicationDescription(String value) {
    return set("ApplicationDescription", Value.of(value));
  }

  /**
   * Sets {@code ApplicationDescription} to this value; see {@link #applicationDescription(String)}.
   */
  public Application applicationDescription(Value<String> value) {
    return set("ApplicationDescription", value);
  }

  /**
   * The name of the web application.
   *
   * <p>Required. CloudFormation property {@code ApplicationName}.
   */
  public Application applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public Application applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * The ARN of the role that the web application assumes when it interacts with AWS IoT Core .
   *
   * <p>The name of the role must be in the form <code>FleetHub_random_string</code> .
   *
   * <p>Pattern: <code>^arn:[!-~]+$</code>
   *
   * <p>Required. CloudFormation property {@code RoleArn}.
   */
  public Application roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Application roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * A set of key/value pairs that you can use to manage the web application resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /**
   * The ARN of the web application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationArn}.
   */
  public Value<String> applicationArn() {
    return getAtt("ApplicationArn");
  }

  /**
   * The date (in Unix epoch time) when the web application was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationCreationDate}.
   */
  public Value<Integer> applicationCreationDate() {
    return getAtt("ApplicationCreationDate");
  }

  /**
   * The unique Id of the web application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationId}.
   */
  public Value<String> applicationId() {
    return getAtt("ApplicationId");
  }

  /**
   * The date (in Unix epoch time) when the web application was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationLastUpdateDate}.
   */
  public Value<Integer> applicationLastUpdateDate() {
    return getAtt("ApplicationLastUpdateDate");
  }

  /**
   * The current state of the web application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationState}.
   */
  public Value<String> applicationState() {
    return getAtt("ApplicationState");
  }

  /**
   * The URL of the web application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationUrl}.
   */
  public Value<String> applicationUrl() {
    return getAtt("ApplicationUrl");
  }

  /**
   * A message that explains any failures included in the applicationState response field. This
   * message explains failures in the <code>CreateApplication</code> and
   * <code>DeleteApplication</code> actions.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorMessage}.
   */
  public Value<String> errorMessage() {
    return getAtt("ErrorMessage");
  }

  /**
   * The Id of the single sign-on client that you use to authenticate and authorize users on the web
   * application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SsoClientId}.
   */
  public Value<String> ssoClientId() {
    return getAtt("SsoClientId");
  }
}
