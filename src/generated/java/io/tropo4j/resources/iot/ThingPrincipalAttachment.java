// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Use the <code>AWS::IoT::ThingPrincipalAttachment</code> resource to attach a principal (an X.509
 * certificate or another credential) to a thing.
 *
 * <p>For more information about working with AWS IoT things and principals, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/authorization.html">Authorization</a>
 * in the <em>AWS IoT Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoT::ThingPrincipalAttachment}.
 */
public final class ThingPrincipalAttachment extends Resource<ThingPrincipalAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::ThingPrincipalAttachment")
      .required("Principal", "ThingName")
      .build();

  public ThingPrincipalAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The principal, which can be a certificate ARN (as returned from the
   * <code>CreateCertificate</code> operation) or an Amazon Cognito ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Principal}.
   */
  public ThingPrincipalAttachment principal(String value) {
    return set("Principal", Value.of(value));
  }

  /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
  public ThingPrincipalAttachment principal(Value<String> value) {
    return set("Principal", value);
  }

  /**
   * The name of the AWS IoT thing.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ThingName}.
   */
  public ThingPrincipalAttachment thingName(String value) {
    return set("ThingName", Value.of(value));
  }

  /** Sets {@code ThingName} to this value; see {@link #thingName(String)}. */
  public ThingPrincipalAttachment thingName(Value<String> value) {
    return set("ThingName", value);
  }

  /**
   * The type of the relation you want to specify when you attach a principal to a thing.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ThingPrincipalType}.
   */
  public ThingPrincipalAttachment thingPrincipalType(String value) {
    return set("ThingPrincipalType", Value.of(value));
  }

  /** Sets {@code ThingPrincipalType} to this value; see {@link #thingPrincipalType(String)}. */
  public ThingPrincipalAttachment thingPrincipalType(Value<String> value) {
    return set("ThingPrincipalType", value);
  }
}
