// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appconfig;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Create a new configuration in the AWS AppConfig hosted configuration store. Configurations must
 * be 1 MB or smaller. The AWS AppConfig hosted configuration store provides the following benefits
 * over other configuration store options.
 *
 * <ul> <li>You don't need to set up and configure other services such as Amazon Simple Storage
 * Service ( Amazon S3 ) or Parameter Store. <li>You don't need to configure AWS Identity and Access
 * Management ( IAM ) permissions to use the configuration store. <li>You can store configurations
 * in any content type. <li>There is no cost to use the store. <li>You can create a configuration
 * and add it to the store when you create a configuration profile. </ul>
 *
 * <p>CloudFormation type {@code AWS::AppConfig::HostedConfigurationVersion}.
 */
public final class HostedConfigurationVersion extends Resource<HostedConfigurationVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::HostedConfigurationVersion")
      .required("ApplicationId", "ConfigurationProfileId", "Content", "ContentType")
      .constrain("ApplicationId", Constraint.of().pattern("[a-z0-9]{4,7}"))
      .references("ApplicationId", "AWS::AppConfig::Application.Ref")
      .constrain("ConfigurationProfileId", Constraint.of().pattern("[a-z0-9]{4,7}"))
      .references("ConfigurationProfileId", "AWS::AppConfig::ConfigurationProfile.Ref")
      .constrain("ContentType", Constraint.of().minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("VersionLabel", Constraint.of().pattern("^$|.*[^0-9].*").minLength(0).maxLength(64))
      .refYields("VersionNumber")
      .attributes("VersionNumber")
      .build();

  public HostedConfigurationVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The application ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-z0-9]{4,7}}. CloudFormation
   * property {@code ApplicationId}.
   */
  public HostedConfigurationVersion applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public HostedConfigurationVersion applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Sets {@code ApplicationId} to the Ref of {@code AWS::AppConfig::Application}; see {@link
   * #applicationId(String)}.
   */
  public HostedConfigurationVersion applicationId(Application resource) {
    return set("ApplicationId", resource.ref());
  }

  /**
   * The configuration profile ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-z0-9]{4,7}}. CloudFormation
   * property {@code ConfigurationProfileId}.
   */
  public HostedConfigurationVersion configurationProfileId(String value) {
    return set("ConfigurationProfileId", Value.of(value));
  }

  /**
   * Sets {@code ConfigurationProfileId} to this value; see {@link #configurationProfileId(String)}.
   */
  public HostedConfigurationVersion configurationProfileId(Value<String> value) {
    return set("ConfigurationProfileId", value);
  }

  /**
   * Sets {@code ConfigurationProfileId} to the Ref of {@code AWS::AppConfig::ConfigurationProfile};
   * see {@link #configurationProfileId(String)}.
   */
  public HostedConfigurationVersion configurationProfileId(ConfigurationProfile resource) {
    return set("ConfigurationProfileId", resource.ref());
  }

  /**
   * The configuration data, as bytes.
   *
   * <p>AWS AppConfig accepts any type of data, including text formats like JSON or TOML, or binary
   * formats like protocol buffers or compressed data.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Content}.
   */
  public HostedConfigurationVersion content(String value) {
    return set("Content", Value.of(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public HostedConfigurationVersion content(Value<String> value) {
    return set("Content", value);
  }

  /**
   * A standard MIME type describing the format of the configuration content. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/https://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.17">Content-Type</a>
   * .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code ContentType}.
   */
  public HostedConfigurationVersion contentType(String value) {
    return set("ContentType", Value.of(value));
  }

  /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
  public HostedConfigurationVersion contentType(Value<String> value) {
    return set("ContentType", value);
  }

  /**
   * A description of the configuration.
   *
   * <p>Due to HTTP limitations, this field only supports ASCII characters.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public HostedConfigurationVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public HostedConfigurationVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An optional locking token used to prevent race conditions from overwriting configuration
   * updates when creating a new version. To ensure your data is not overwritten when creating
   * multiple hosted configuration versions in rapid succession, specify the version number of the
   * latest hosted configuration version.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LatestVersionNumber}.
   */
  public HostedConfigurationVersion latestVersionNumber(int value) {
    return set("LatestVersionNumber", Value.of(value));
  }

  /** Sets {@code LatestVersionNumber} to this value; see {@link #latestVersionNumber(int)}. */
  public HostedConfigurationVersion latestVersionNumber(Value<Integer> value) {
    return set("LatestVersionNumber", value);
  }

  /**
   * A user-defined label for an AWS AppConfig hosted configuration version.
   *
   * <p>Changing it replaces the resource. Length: 0 to 64 characters. Pattern: {@code
   * ^$|.*[^0-9].*}. CloudFormation property {@code VersionLabel}.
   */
  public HostedConfigurationVersion versionLabel(String value) {
    return set("VersionLabel", Value.of(value));
  }

  /** Sets {@code VersionLabel} to this value; see {@link #versionLabel(String)}. */
  public HostedConfigurationVersion versionLabel(Value<String> value) {
    return set("VersionLabel", value);
  }

  /**
   * The configuration version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionNumber}.
   */
  public Value<String> versionNumber() {
    return getAtt("VersionNumber");
  }
}
