// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.licensemanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a grant.
 *
 * <p>A grant shares the use of license entitlements with specific AWS accounts . For more
 * information, see <a
 * href="https://docs.aws.amazon.com/license-manager/latest/userguide/granted-licenses.html">Granted
 * licenses</a> in the <em>License Manager User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::LicenseManager::Grant}.
 */
public final class Grant extends Resource<Grant> {
  private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::Grant")
      .allowed("AllowedOperations", "CheckInLicense", "CheckoutBorrowLicense", "CheckoutLicense",
          "CreateGrant", "CreateToken", "ExtendConsumptionLicense", "ListPurchasedLicenses")
      .constrain("LicenseArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$").minLength(0).maxLength(2048))
      .constrain("Principals", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$").minLength(0).maxLength(2048))
      .allowed("Status", "ACTIVE", "DELETED", "DISABLED", "FAILED_WORKFLOW", "PENDING_ACCEPT",
          "PENDING_DELETE", "PENDING_WORKFLOW", "REJECTED", "WORKFLOW_COMPLETED")
      .refYields("GrantArn")
      .attributes("GrantArn", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Grant(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Allowed operations for the grant.
   *
   * <p>Allowed values: {@code CheckInLicense}, {@code CheckoutBorrowLicense}, {@code
   * CheckoutLicense}, {@code CreateGrant}, {@code CreateToken}, {@code ExtendConsumptionLicense},
   * {@code ListPurchasedLicenses}. CloudFormation property {@code AllowedOperations}.
   */
  public Grant allowedOperations(List<String> value) {
    return set("AllowedOperations", Value.listOf(value));
  }

  /** Sets {@code AllowedOperations} to this value; see {@link #allowedOperations(List)}. */
  public Grant allowedOperations(Value<List<String>> value) {
    return set("AllowedOperations", value);
  }

  /**
   * Grant name.
   *
   * <p>CloudFormation property {@code GrantName}.
   */
  public Grant grantName(String value) {
    return set("GrantName", Value.of(value));
  }

  /** Sets {@code GrantName} to this value; see {@link #grantName(String)}. */
  public Grant grantName(Value<String> value) {
    return set("GrantName", value);
  }

  /**
   * Home Region of the grant.
   *
   * <p>CloudFormation property {@code HomeRegion}.
   */
  public Grant homeRegion(String value) {
    return set("HomeRegion", Value.of(value));
  }

  /** Sets {@code HomeRegion} to this value; see {@link #homeRegion(String)}. */
  public Grant homeRegion(Value<String> value) {
    return set("HomeRegion", value);
  }

  /**
   * License ARN.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.-]{0,1023}$}.
   * CloudFormation property {@code LicenseArn}.
   */
  public Grant licenseArn(String value) {
    return set("LicenseArn", Value.of(value));
  }

  /** Sets {@code LicenseArn} to this value; see {@link #licenseArn(String)}. */
  public Grant licenseArn(Value<String> value) {
    return set("LicenseArn", value);
  }

  /**
   * The grant principals. You can specify one of the following as an Amazon Resource Name (ARN):
   *
   * <ul> <li>An AWS account, which includes only the account specified. </ul>
   *
   * <ul> <li>An organizational unit (OU), which includes all accounts in the OU. </ul>
   *
   * <ul> <li>An organization, which will include all accounts across your organization. </ul>
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.-]{0,1023}$}.
   * CloudFormation property {@code Principals}.
   */
  public Grant principals(List<String> value) {
    return set("Principals", Value.listOf(value));
  }

  /** Sets {@code Principals} to this value; see {@link #principals(List)}. */
  public Grant principals(Value<List<String>> value) {
    return set("Principals", value);
  }

  /**
   * Granted license status.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code DELETED}, {@code DISABLED}, {@code FAILED_WORKFLOW},
   * {@code PENDING_ACCEPT}, {@code PENDING_DELETE}, {@code PENDING_WORKFLOW}, {@code REJECTED},
   * {@code WORKFLOW_COMPLETED}. CloudFormation property {@code Status}.
   */
  public Grant status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Grant status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * A list of tags to attach.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Grant tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Grant tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Grant tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the grant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GrantArn}.
   */
  public Value<String> grantArn() {
    return getAtt("GrantArn");
  }

  /**
   * The grant version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }
}
