// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Route53::KeySigningKey</code> resource creates a new key-signing key (KSK) in a
 * hosted zone. The hosted zone ID is passed as a parameter in the KSK properties. You can specify
 * the properties of this KSK using the <code>Name</code> , <code>Status</code> , and
 * <code>KeyManagementServiceArn</code> properties of the resource.
 *
 * <p>CloudFormation type {@code AWS::Route53::KeySigningKey}.
 */
public final class KeySigningKey extends Resource<KeySigningKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::KeySigningKey")
      .required("HostedZoneId", "KeyManagementServiceArn", "Name", "Status")
      .constrain("HostedZoneId", Constraint.of().pattern("^[A-Z0-9]{1,32}$"))
      .constrain("KeyManagementServiceArn", Constraint.of().minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_]{3,128}$"))
      .allowed("Status", "ACTIVE", "INACTIVE")
      .constrain("Status", Constraint.of().minLength(5).maxLength(150))
      .build();

  public KeySigningKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique string (ID) that is used to identify a hosted zone. For example:
   * <code>Z00001111A1ABCaaABC11</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[A-Z0-9]{1,32}$}.
   * CloudFormation property {@code HostedZoneId}.
   */
  public KeySigningKey hostedZoneId(String value) {
    return set("HostedZoneId", Value.of(value));
  }

  /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
  public KeySigningKey hostedZoneId(Value<String> value) {
    return set("HostedZoneId", value);
  }

  /**
   * The Amazon resource name (ARN) for a customer managed customer master key (CMK) in AWS Key
   * Management Service ( AWS ). The <code>KeyManagementServiceArn</code> must be unique for each
   * key-signing key (KSK) in a single hosted zone. For example:
   * <code>arn:aws:kms:us-east-1:111122223333:key/111a2222-a11b-1ab1-2ab2-1ab21a2b3a111</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code KeyManagementServiceArn}.
   */
  public KeySigningKey keyManagementServiceArn(String value) {
    return set("KeyManagementServiceArn", Value.of(value));
  }

  /**
   * Sets {@code KeyManagementServiceArn} to this value; see {@link
   * #keyManagementServiceArn(String)}.
   */
  public KeySigningKey keyManagementServiceArn(Value<String> value) {
    return set("KeyManagementServiceArn", value);
  }

  /**
   * A string used to identify a key-signing key (KSK). <code>Name</code> can include numbers,
   * letters, and underscores (_). <code>Name</code> must be unique for each key-signing key in the
   * same hosted zone.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_]{3,128}$}.
   * CloudFormation property {@code Name}.
   */
  public KeySigningKey name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public KeySigningKey name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A string that represents the current key-signing key (KSK) status.
   *
   * <p>Status can have one of the following values:
   *
   * <ul> <li><b>ACTIVE</b> - The KSK is being used for signing. <li><b>INACTIVE</b> - The KSK is
   * not being used for signing. <li><b>DELETING</b> - The KSK is in the process of being deleted.
   * <li><b>ACTION_NEEDED</b> - There is a problem with the KSK that requires you to take action to
   * resolve. For example, the customer managed key might have been deleted, or the permissions for
   * the customer managed key might have been changed. <li><b>INTERNAL_FAILURE</b> - There was an
   * error during a request. Before you can continue to work with DNSSEC signing, including actions
   * that involve this KSK, you must correct the problem. For example, you may need to activate or
   * deactivate the KSK. </ul>
   *
   * <p>Required. Allowed values: {@code ACTIVE}, {@code INACTIVE}. Length: 5 to 150 characters.
   * CloudFormation property {@code Status}.
   */
  public KeySigningKey status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public KeySigningKey status(Value<String> value) {
    return set("Status", value);
  }
}
