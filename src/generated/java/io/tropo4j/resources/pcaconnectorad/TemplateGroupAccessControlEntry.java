// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcaconnectorad;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Create a group access control entry. Allow or deny Active Directory groups from enrolling and/or
 * autoenrolling with the template based on the group security identifiers (SIDs).
 *
 * <p>CloudFormation type {@code AWS::PCAConnectorAD::TemplateGroupAccessControlEntry}.
 */
public final class TemplateGroupAccessControlEntry extends Resource<TemplateGroupAccessControlEntry> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::TemplateGroupAccessControlEntry")
      .required("AccessRights", "GroupDisplayName", "GroupSecurityIdentifier", "TemplateArn")
      .constrain("GroupDisplayName", Constraint.of().pattern("^[\\x20-\\x7E]+$").minLength(0).maxLength(256))
      .constrain("GroupSecurityIdentifier", Constraint.of().pattern("^S-[0-9]-([0-9]+-){1,14}[0-9]+$").minLength(7).maxLength(256))
      .constrain("TemplateArn", Constraint.of().pattern("^arn:[\\w-]+:pca-connector-ad:[\\w-]+:[0-9]+:connector(\\/[\\w-]+)\\/template(\\/[\\w-]+)$").minLength(5).maxLength(200))
      .build();

  public TemplateGroupAccessControlEntry(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Permissions to allow or deny an Active Directory group to enroll or autoenroll certificates
   * issued against a template.
   *
   * <p>Required. CloudFormation property {@code AccessRights}.
   */
  public TemplateGroupAccessControlEntry accessRights(Value<AccessRights> value) {
    return set("AccessRights", value);
  }

  /**
   * Name of the Active Directory group. This name does not need to match the group name in Active
   * Directory.
   *
   * <p>Required. Length: 0 to 256 characters. Pattern: {@code ^[&#92;x20-&#92;x7E]+$}.
   * CloudFormation property {@code GroupDisplayName}.
   */
  public TemplateGroupAccessControlEntry groupDisplayName(String value) {
    return set("GroupDisplayName", Value.of(value));
  }

  /** Sets {@code GroupDisplayName} to this value; see {@link #groupDisplayName(String)}. */
  public TemplateGroupAccessControlEntry groupDisplayName(Value<String> value) {
    return set("GroupDisplayName", value);
  }

  /**
   * Security identifier (SID) of the group object from Active Directory. The SID starts with "S-".
   *
   * <p>Required. Changing it replaces the resource. Length: 7 to 256 characters. Pattern: {@code
   * ^S-[0-9]-([0-9]+-){1,14}[0-9]+$}. CloudFormation property {@code GroupSecurityIdentifier}.
   */
  public TemplateGroupAccessControlEntry groupSecurityIdentifier(String value) {
    return set("GroupSecurityIdentifier", Value.of(value));
  }

  /**
   * Sets {@code GroupSecurityIdentifier} to this value; see {@link
   * #groupSecurityIdentifier(String)}.
   */
  public TemplateGroupAccessControlEntry groupSecurityIdentifier(Value<String> value) {
    return set("GroupSecurityIdentifier", value);
  }

  /**
   * The Amazon Resource Name (ARN) that was returned when you called <a
   * href="https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateTemplate.html">CreateTemplate</a>
   * .
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 200 characters. Pattern: {@code
   * ^arn:[&#92;w-]+:pca-connector-ad:[&#92;w-]+:[0-9]+:connector(&#92;/[&#92;w-]+)&#92;/template(&#92;/[&#92;w-]+)$}.
   * CloudFormation property {@code TemplateArn}.
   */
  public TemplateGroupAccessControlEntry templateArn(String value) {
    return set("TemplateArn", Value.of(value));
  }

  /** Sets {@code TemplateArn} to this value; see {@link #templateArn(String)}. */
  public TemplateGroupAccessControlEntry templateArn(Value<String> value) {
    return set("TemplateArn", value);
  }

  /**
   * Allow or deny permissions for an Active Directory group to enroll or autoenroll certificates
   * for a template.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::TemplateGroupAccessControlEntry.AccessRights}.
   */
  public static final class AccessRights extends Struct<AccessRights> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::TemplateGroupAccessControlEntry.AccessRights")
        .allowed("AutoEnroll", "ALLOW", "DENY")
        .allowed("Enroll", "ALLOW", "DENY")
        .build();

    public AccessRights() {
      super(SCHEMA);
    }

    /**
     * Allow or deny an Active Directory group from autoenrolling certificates issued against a
     * template. The Active Directory group must be allowed to enroll to allow autoenrollment
     *
     * <p>Allowed values: {@code ALLOW}, {@code DENY}. CloudFormation property {@code AutoEnroll}.
     */
    public AccessRights autoEnroll(String value) {
      return set("AutoEnroll", Value.of(value));
    }

    /** Sets {@code AutoEnroll} to this value; see {@link #autoEnroll(String)}. */
    public AccessRights autoEnroll(Value<String> value) {
      return set("AutoEnroll", value);
    }

    /**
     * Allow or deny an Active Directory group from enrolling certificates issued against a
     * template.
     *
     * <p>Allowed values: {@code ALLOW}, {@code DENY}. CloudFormation property {@code Enroll}.
     */
    public AccessRights enroll(String value) {
      return set("Enroll", Value.of(value));
    }

    /** Sets {@code Enroll} to this value; see {@link #enroll(String)}. */
    public AccessRights enroll(Value<String> value) {
      return set("Enroll", value);
    }
  }
}
