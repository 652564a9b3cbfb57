// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rolesanywhere;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rolesanywhere-crl.html
 *
 * <p>CloudFormation type {@code AWS::RolesAnywhere::CRL}.
 */
public final class CRL extends Resource<CRL> {
  private static final Schema SCHEMA = Schema.builder("AWS::RolesAnywhere::CRL")
      .required("CrlData", "Name")
      .constrain("TrustAnchorArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:trust-anchor.*)$"))
      .refYields("CrlId")
      .attributes("CrlId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CRL(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The x509 v3 specified certificate revocation list (CRL).
   *
   * <p>Required. CloudFormation property {@code CrlData}.
   */
  public CRL crlData(String value) {
    return set("CrlData", Value.of(value));
  }

  /** Sets {@code CrlData} to this value; see {@link #crlData(String)}. */
  public CRL crlData(Value<String> value) {
    return set("CrlData", value);
  }

  /**
   * Specifies whether the certificate revocation list (CRL) is enabled.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public CRL enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public CRL enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The name of the certificate revocation list (CRL).
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public CRL name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CRL name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of tags to attach to the certificate revocation list (CRL).
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CRL tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CRL tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CRL tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the TrustAnchor the certificate revocation list (CRL) will provide revocation for.
   *
   * <p>Pattern: {@code ^arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:trust-anchor.*)$}. CloudFormation
   * property {@code TrustAnchorArn}.
   */
  public CRL trustAnchorArn(String value) {
    return set("TrustAnchorArn", Value.of(value));
  }

  /** Sets {@code TrustAnchorArn} to this value; see {@link #trustAnchorArn(String)}. */
  public CRL trustAnchorArn(Value<String> value) {
    return set("TrustAnchorArn", value);
  }

  /**
   * The unique primary identifier of the Crl
   *
   * <p>{@code Fn::GetAtt} attribute {@code CrlId}.
   */
  public Value<String> crlId() {
    return getAtt("CrlId");
  }
}
