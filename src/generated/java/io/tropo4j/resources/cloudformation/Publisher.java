// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::Publisher</code> resource registers your account as a publisher of
 * public extensions in the CloudFormation registry. Public extensions are available for use by all
 * CloudFormation users.
 *
 * <p>For information on requirements for registering as a public extension publisher, see <a
 * href="https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/publish-extension.htm">Publishing
 * extensions to make them available for public use</a> in the <em>CloudFormation Command Line
 * Interface (CLI) User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::Publisher}.
 */
public final class Publisher extends Resource<Publisher> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::Publisher")
      .required("AcceptTermsAndConditions")
      .constrain("ConnectionArn", Constraint.of().pattern("arn:aws(-[w]+)*:.+:.+:[0-9]{12}:.+").minLength(1).maxLength(256))
      .refYields("PublisherId")
      .attributes("IdentityProvider", "PublisherId", "PublisherProfile", "PublisherStatus")
      .build();

  public Publisher(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether you accept the <a
   * href="https://docs.aws.amazon.com/https://cloudformation-registry-documents.s3.amazonaws.com/Terms_and_Conditions_for_AWS_CloudFormation_Registry_Publishers.pdf">Terms
   * and Conditions</a> for publishing extensions in the CloudFormation registry. You must accept
   * the terms and conditions in order to register to publish public extensions to the
   * CloudFormation registry.
   *
   * <p>The default is <code>false</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * AcceptTermsAndConditions}.
   */
  public Publisher acceptTermsAndConditions(boolean value) {
    return set("AcceptTermsAndConditions", Value.of(value));
  }

  /**
   * Sets {@code AcceptTermsAndConditions} to this value; see {@link
   * #acceptTermsAndConditions(boolean)}.
   */
  public Publisher acceptTermsAndConditions(Value<Boolean> value) {
    return set("AcceptTermsAndConditions", value);
  }

  /**
   * If you are using a Bitbucket or GitHub account for identity verification, the Amazon Resource
   * Name (ARN) for your connection to that account.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/publish-extension.html#publish-extension-prereqs">Prerequisite:
   * Registering your account to publish CloudFormation extensions</a> in the <em>AWS CloudFormation
   * Command Line Interface (CLI) User Guide</em> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * arn:aws(-[w]+)*:.+:.+:[0-9]{12}:.+}. CloudFormation property {@code ConnectionArn}.
   */
  public Publisher connectionArn(String value) {
    return set("ConnectionArn", Value.of(value));
  }

  /** Sets {@code ConnectionArn} to this value; see {@link #connectionArn(String)}. */
  public Publisher connectionArn(Value<String> value) {
    return set("ConnectionArn", value);
  }

  /**
   * The type of account used as the identity provider when registering this publisher with
   * CloudFormation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityProvider}.
   */
  public Value<String> identityProvider() {
    return getAtt("IdentityProvider");
  }

  /**
   * The ID of the extension publisher.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublisherId}.
   */
  public Value<String> publisherId() {
    return getAtt("PublisherId");
  }

  /**
   * The URL to the publisher's profile with the identity provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublisherProfile}.
   */
  public Value<String> publisherProfile() {
    return getAtt("PublisherProfile");
  }

  /**
   * Whether the publisher is verified. Currently, all registered publishers are verified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublisherStatus}.
   */
  public Value<String> publisherStatus() {
    return getAtt("PublisherStatus");
  }
}
