// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a new AWS secret access key and corresponding AWS access key ID for the specified user.
 * The default status for new keys is <code>Active</code> .
 *
 * <p>For information about quotas on the number of keys you can create, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS
 * quotas</a> in the <em>IAM User Guide</em> .
 *
 * <p>To ensure the security of your AWS account , the secret access key is accessible only during
 * key and user creation. You must save the key (for example, in a text file) if you want to be able
 * to access it again. If a secret key is lost, you can rotate access keys by increasing the value
 * of the <code>serial</code> property.
 *
 * <p>CloudFormation type {@code AWS::IAM::AccessKey}.
 */
public final class AccessKey extends Resource<AccessKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::AccessKey")
      .required("UserName")
      .refYields("Id")
      .attributes("Id", "SecretAccessKey")
      .build();

  public AccessKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This value is specific to CloudFormation and can only be <em>incremented</em> . Incrementing
   * this value notifies CloudFormation that you want to rotate your access key. When you update
   * your stack, CloudFormation will replace the existing access key with a new key.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Serial}.
   */
  public AccessKey serial(int value) {
    return set("Serial", Value.of(value));
  }

  /** Sets {@code Serial} to this value; see {@link #serial(int)}. */
  public AccessKey serial(Value<Integer> value) {
    return set("Serial", value);
  }

  /**
   * The status of the access key. <code>Active</code> means that the key is valid for API calls,
   * while <code>Inactive</code> means it is not.
   *
   * <p>CloudFormation property {@code Status}.
   */
  public AccessKey status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public AccessKey status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The name of the IAM user that the new key will belong to.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code UserName}.
   */
  public AccessKey userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public AccessKey userName(Value<String> value) {
    return set("UserName", value);
  }

  /**
   * The ID for this access key.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Returns the secret access key for the specified AWS::IAM::AccessKey resource. For example:
   * wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecretAccessKey}.
   */
  public Value<String> secretAccessKey() {
    return getAtt("SecretAccessKey");
  }
}
