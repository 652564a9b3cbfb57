// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Create new email address in the specified Amazon Connect instance. For more information about
 * email addresses, see <a
 * href="https://docs.aws.amazon.com/connect/latest/adminguide/create-email-address1.html">Create
 * email addresses</a> in the Amazon Connect Administrator Guide.
 *
 * <p>CloudFormation type {@code AWS::Connect::EmailAddress}.
 */
public final class EmailAddress extends Resource<EmailAddress> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::EmailAddress")
      .required("EmailAddress", "InstanceArn")
      .constrain("Description", Constraint.of().pattern("(^[\\S].*[\\S]$)|(^[\\S]$)").minLength(1).maxLength(250))
      .constrain("DisplayName", Constraint.of().pattern("(^[\\S].*[\\S]$)|(^[\\S]$)").minLength(0).maxLength(256))
      .constrain("EmailAddress", Constraint.of().pattern("([^\\s@]+@[^\\s@]+\\.[^\\s@]+)").minLength(1).maxLength(255))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(1).maxLength(250))
      .refYields("EmailAddressArn")
      .attributes("EmailAddressArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EmailAddress(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of alias configurations for this email address, showing which email addresses forward to
   * this primary address. Each configuration contains the email address ID of an alias that
   * forwards emails to this address.
   *
   * <p>CloudFormation property {@code AliasConfigurations}.
   */
  public EmailAddress aliasConfigurations(List<AliasConfiguration> value) {
    return set("AliasConfigurations", Value.listOf(value));
  }

  /** Sets {@code AliasConfigurations} to this value; see {@link #aliasConfigurations(List)}. */
  public EmailAddress aliasConfigurations(Value<List<AliasConfiguration>> value) {
    return set("AliasConfigurations", value);
  }

  /**
   * Sets {@code AliasConfigurations} to a list of these; see {@link #aliasConfigurations(List)}.
   */
  public EmailAddress aliasConfigurations(AliasConfiguration... values) {
    return set("AliasConfigurations", Value.list(values));
  }

  /**
   * The description of the email address.
   *
   * <p>Length: 1 to 250 characters. Pattern: {@code (^[&#92;S].*[&#92;S]$)|(^[&#92;S]$)}.
   * CloudFormation property {@code Description}.
   */
  public EmailAddress description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EmailAddress description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of email address.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code (^[&#92;S].*[&#92;S]$)|(^[&#92;S]$)}.
   * CloudFormation property {@code DisplayName}.
   */
  public EmailAddress displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public EmailAddress displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The email address, including the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ([^&#92;s&#64;]+&#64;[^&#92;s&#64;]+&#92;.[^&#92;s&#64;]+)}. CloudFormation property {@code
   * EmailAddress}.
   */
  public EmailAddress emailAddress(String value) {
    return set("EmailAddress", Value.of(value));
  }

  /** Sets {@code EmailAddress} to this value; see {@link #emailAddress(String)}. */
  public EmailAddress emailAddress(Value<String> value) {
    return set("EmailAddress", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Length: 1 to 250 characters. Pattern: {@code
   * ^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}.
   * CloudFormation property {@code InstanceArn}.
   */
  public EmailAddress instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public EmailAddress instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EmailAddress tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EmailAddress tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EmailAddress tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the email address.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EmailAddressArn}.
   */
  public Value<String> emailAddressArn() {
    return getAtt("EmailAddressArn");
  }

  /**
   * Configuration information of an email alias.
   *
   * <p>Property type {@code AWS::Connect::EmailAddress.AliasConfiguration}.
   */
  public static final class AliasConfiguration extends Struct<AliasConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::EmailAddress.AliasConfiguration")
        .required("EmailAddressArn")
        .constrain("EmailAddressArn", Constraint.of().pattern("^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/email-address/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"))
        .build();

    public AliasConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier of the email address alias
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/email-address/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}.
     * CloudFormation property {@code EmailAddressArn}.
     */
    public AliasConfiguration emailAddressArn(String value) {
      return set("EmailAddressArn", Value.of(value));
    }

    /** Sets {@code EmailAddressArn} to this value; see {@link #emailAddressArn(String)}. */
    public AliasConfiguration emailAddressArn(Value<String> value) {
      return set("EmailAddressArn", value);
    }
  }
}
