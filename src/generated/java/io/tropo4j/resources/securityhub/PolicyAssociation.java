// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::SecurityHub::PolicyAssociation</code> resource specifies associations for a
 * configuration policy or a self-managed configuration. You can associate a AWS Security Hub CSPM
 * configuration policy or self-managed configuration with the organization root, organizational
 * units (OUs), or AWS accounts . After a successful association, the configuration policy takes
 * effect in the specified targets. For more information, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/create-associate-policy.html">Creating
 * and associating Security Hub CSPM configuration policies</a> in the <em>AWS Security Hub CSPM
 * User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::PolicyAssociation}.
 */
public final class PolicyAssociation extends Resource<PolicyAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::PolicyAssociation")
      .required("ConfigurationPolicyId", "TargetId", "TargetType")
      .constrain("ConfigurationPolicyId", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^SELF_MANAGED_SECURITY_HUB$"))
      .allowed("TargetType", "ACCOUNT", "ORGANIZATIONAL_UNIT", "ROOT")
      .refYields("AssociationIdentifier")
      .attributes("AssociationIdentifier", "AssociationStatus", "AssociationStatusMessage",
          "AssociationType", "UpdatedAt")
      .build();

  public PolicyAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The universally unique identifier (UUID) of the configuration policy. A self-managed
   * configuration has no UUID. The identifier of a self-managed configuration is
   * <code>SELF_MANAGED_SECURITY_HUB</code> .
   *
   * <p>Required. Pattern: {@code
   * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^SELF_MANAGED_SECURITY_HUB$}.
   * CloudFormation property {@code ConfigurationPolicyId}.
   */
  public PolicyAssociation configurationPolicyId(String value) {
    return set("ConfigurationPolicyId", Value.of(value));
  }

  /**
   * Sets {@code ConfigurationPolicyId} to this value; see {@link #configurationPolicyId(String)}.
   */
  public PolicyAssociation configurationPolicyId(Value<String> value) {
    return set("ConfigurationPolicyId", value);
  }

  /**
   * The identifier of the target account, organizational unit, or the root.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TargetId}.
   */
  public PolicyAssociation targetId(String value) {
    return set("TargetId", Value.of(value));
  }

  /** Sets {@code TargetId} to this value; see {@link #targetId(String)}. */
  public PolicyAssociation targetId(Value<String> value) {
    return set("TargetId", value);
  }

  /**
   * Specifies whether the target is an AWS account , organizational unit, or the root.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ACCOUNT}, {@code
   * ORGANIZATIONAL_UNIT}, {@code ROOT}. CloudFormation property {@code TargetType}.
   */
  public PolicyAssociation targetType(String value) {
    return set("TargetType", Value.of(value));
  }

  /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
  public PolicyAssociation targetType(Value<String> value) {
    return set("TargetType", value);
  }

  /**
   * The association identifier, formatted as <code>TargetType/TargetId</code> . For example,
   * <code>ACCOUNT/123456789012</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationIdentifier}.
   */
  public Value<String> associationIdentifier() {
    return getAtt("AssociationIdentifier");
  }

  /**
   * The current status of the association between the specified target and the configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationStatus}.
   */
  public Value<String> associationStatus() {
    return getAtt("AssociationStatus");
  }

  /**
   * The explanation for a <code>FAILED</code> value for <code>AssociationStatus</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationStatusMessage}.
   */
  public Value<String> associationStatusMessage() {
    return getAtt("AssociationStatusMessage");
  }

  /**
   * Indicates whether the association between the specified target and the configuration was
   * directly applied by the AWS Security Hub CSPM delegated administrator or inherited from a
   * parent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationType}.
   */
  public Value<String> associationType() {
    return getAtt("AssociationType");
  }

  /**
   * The date and time, in UTC and ISO 8601 format, that the configuration policy association was
   * last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
