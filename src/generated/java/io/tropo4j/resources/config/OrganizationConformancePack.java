// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.config;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * OrganizationConformancePack deploys conformance packs across member accounts in an AWS
 * Organizations . OrganizationConformancePack enables organization service access for
 * <code>config-multiaccountsetup.amazonaws.com</code> through the
 * <code>EnableAWSServiceAccess</code> action and creates a service linked role in the master
 * account of your organization. The service linked role is created only when the role does not
 * exist in the master account.
 *
 * <p>CloudFormation type {@code AWS::Config::OrganizationConformancePack}.
 */
public final class OrganizationConformancePack extends Resource<OrganizationConformancePack> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::OrganizationConformancePack")
      .required("OrganizationConformancePackName")
      .constrain("DeliveryS3Bucket", Constraint.of().minLength(0).maxLength(63))
      .constrain("DeliveryS3KeyPrefix", Constraint.of().minLength(0).maxLength(1024))
      .constrain("ExcludedAccounts", Constraint.of().pattern("^\\d{12}$"))
      .constrain("OrganizationConformancePackName", Constraint.of().pattern("[a-zA-Z][-a-zA-Z0-9]*").minLength(1).maxLength(128))
      .constrain("TemplateBody", Constraint.of().minLength(1).maxLength(51200))
      .constrain("TemplateS3Uri", Constraint.of().pattern("s3://.*").minLength(1).maxLength(1024))
      .refYields("OrganizationConformancePackName")
      .attributes("OrganizationConformancePackArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OrganizationConformancePack(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of <code>ConformancePackInputParameter</code> objects.
   *
   * <p>CloudFormation property {@code ConformancePackInputParameters}.
   */
  public OrganizationConformancePack conformancePackInputParameters(List<ConformancePackInputParameter> value) {
    return set("ConformancePackInputParameters", Value.listOf(value));
  }

  /**
   * Sets {@code ConformancePackInputParameters} to this value; see {@link
   * #conformancePackInputParameters(List)}.
   */
  public OrganizationConformancePack conformancePackInputParameters(Value<List<ConformancePackInputParameter>> value) {
    return set("ConformancePackInputParameters", value);
  }

  /**
   * Sets {@code ConformancePackInputParameters} to a list of these; see {@link
   * #conformancePackInputParameters(List)}.
   */
  public OrganizationConformancePack conformancePackInputParameters(ConformancePackInputParameter... values) {
    return set("ConformancePackInputParameters", Value.list(values));
  }

  /**
   * The name of the Amazon S3 bucket where AWS Config stores conformance pack templates.
   *
   * <p>This field is optional.
   *
   * <p>Length: 0 to 63 characters. CloudFormation property {@code DeliveryS3Bucket}.
   */
  public OrganizationConformancePack deliveryS3Bucket(String value) {
    return set("DeliveryS3Bucket", Value.of(value));
  }

  /** Sets {@code DeliveryS3Bucket} to this value; see {@link #deliveryS3Bucket(String)}. */
  public OrganizationConformancePack deliveryS3Bucket(Value<String> value) {
    return set("DeliveryS3Bucket", value);
  }

  /**
   * Any folder structure you want to add to an Amazon S3 bucket.
   *
   * <p>This field is optional.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code DeliveryS3KeyPrefix}.
   */
  public OrganizationConformancePack deliveryS3KeyPrefix(String value) {
    return set("DeliveryS3KeyPrefix", Value.of(value));
  }

  /** Sets {@code DeliveryS3KeyPrefix} to this value; see {@link #deliveryS3KeyPrefix(String)}. */
  public OrganizationConformancePack deliveryS3KeyPrefix(Value<String> value) {
    return set("DeliveryS3KeyPrefix", value);
  }

  /**
   * A comma-separated list of accounts excluded from organization conformance pack.
   *
   * <p>Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code ExcludedAccounts}.
   */
  public OrganizationConformancePack excludedAccounts(List<String> value) {
    return set("ExcludedAccounts", Value.listOf(value));
  }

  /** Sets {@code ExcludedAccounts} to this value; see {@link #excludedAccounts(List)}. */
  public OrganizationConformancePack excludedAccounts(Value<List<String>> value) {
    return set("ExcludedAccounts", value);
  }

  /**
   * The name you assign to an organization conformance pack.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z][-a-zA-Z0-9]*}. CloudFormation property {@code OrganizationConformancePackName}.
   */
  public OrganizationConformancePack organizationConformancePackName(String value) {
    return set("OrganizationConformancePackName", Value.of(value));
  }

  /**
   * Sets {@code OrganizationConformancePackName} to this value; see {@link
   * #organizationConformancePackName(String)}.
   */
  public OrganizationConformancePack organizationConformancePackName(Value<String> value) {
    return set("OrganizationConformancePackName", value);
  }

  /**
   * The tags for the organization conformance pack.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OrganizationConformancePack tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OrganizationConformancePack tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OrganizationConformancePack tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A string containing full conformance pack template body. Structure containing the template body
   * with a minimum length of 1 byte and a maximum length of 51,200 bytes.
   *
   * <p>Length: 1 to 51200 characters. CloudFormation property {@code TemplateBody}.
   */
  public OrganizationConformancePack templateBody(String value) {
    return set("TemplateBody", Value.of(value));
  }

  /** Sets {@code TemplateBody} to this value; see {@link #templateBody(String)}. */
  public OrganizationConformancePack templateBody(Value<String> value) {
    return set("TemplateBody", value);
  }

  /**
   * Location of file containing the template body. The uri must point to the conformance pack
   * template (max size: 300 KB).
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code s3://.*}. CloudFormation property {@code
   * TemplateS3Uri}.
   */
  public OrganizationConformancePack templateS3Uri(String value) {
    return set("TemplateS3Uri", Value.of(value));
  }

  /** Sets {@code TemplateS3Uri} to this value; see {@link #templateS3Uri(String)}. */
  public OrganizationConformancePack templateS3Uri(Value<String> value) {
    return set("TemplateS3Uri", value);
  }

  /**
   * Amazon Resource Name (ARN) of the organization conformance pack.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OrganizationConformancePackArn}.
   */
  public Value<String> organizationConformancePackArn() {
    return getAtt("OrganizationConformancePackArn");
  }

  /**
   * Input parameters in the form of key-value pairs for the conformance pack, both of which you
   * define. Keys can have a maximum character length of 255 characters, and values can have a
   * maximum length of 4096 characters.
   *
   * <p>Property type {@code
   * AWS::Config::OrganizationConformancePack.ConformancePackInputParameter}.
   */
  public static final class ConformancePackInputParameter extends Struct<ConformancePackInputParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::OrganizationConformancePack.ConformancePackInputParameter")
        .required("ParameterName", "ParameterValue")
        .constrain("ParameterName", Constraint.of().minLength(0).maxLength(255))
        .constrain("ParameterValue", Constraint.of().minLength(0).maxLength(4096))
        .build();

    public ConformancePackInputParameter() {
      super(SCHEMA);
    }

    /**
     * One part of a key-value pair.
     *
     * <p>Required. Length: 0 to 255 characters. CloudFormation property {@code ParameterName}.
     */
    public ConformancePackInputParameter parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public ConformancePackInputParameter parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * One part of a key-value pair.
     *
     * <p>Required. Length: 0 to 4096 characters. CloudFormation property {@code ParameterValue}.
     */
    public ConformancePackInputParameter parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public ConformancePackInputParameter parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }
}
