// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an AWS Glue usage profile.
 *
 * <p>CloudFormation type {@code AWS::Glue::UsageProfile}.
 */
public final class UsageProfile extends Resource<UsageProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::UsageProfile")
      .required("Name")
      .constrain("Description", Constraint.of().pattern("[a-zA-Z0-9\\-\\:\\_]{1,64}").minLength(1).maxLength(512))
      .constrain("Name", Constraint.of().minLength(5).maxLength(128))
      .refYields("Name")
      .attributes("CreatedOn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public UsageProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code Configuration}. */
  public UsageProfile configuration(Value<ProfileConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * A description of the usage profile.
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code [a-zA-Z0-9&#92;-&#92;:&#92;_]{1,64}}.
   * CloudFormation property {@code Description}.
   */
  public UsageProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public UsageProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the usage profile.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 128 characters. CloudFormation
   * property {@code Name}.
   */
  public UsageProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public UsageProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags to be applied to this UsageProfiles.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public UsageProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public UsageProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public UsageProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The date and time when the usage profile was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedOn}.
   */
  public Value<String> createdOn() {
    return getAtt("CreatedOn");
  }

  /**
   * Specifies the values that an admin sets for each job or session parameter configured in a AWS
   * Glue usage profile.
   *
   * <p>Property type {@code AWS::Glue::UsageProfile.ConfigurationObject}.
   */
  public static final class ConfigurationObject extends Struct<ConfigurationObject> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::UsageProfile.ConfigurationObject");

    public ConfigurationObject() {
      super(SCHEMA);
    }

    /**
     * A list of allowed values for the parameter.
     *
     * <p>CloudFormation property {@code AllowedValues}.
     */
    public ConfigurationObject allowedValues(List<String> value) {
      return set("AllowedValues", Value.listOf(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(List)}. */
    public ConfigurationObject allowedValues(Value<List<String>> value) {
      return set("AllowedValues", value);
    }

    /**
     * A default value for the parameter.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public ConfigurationObject defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public ConfigurationObject defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * A maximum allowed value for the parameter.
     *
     * <p>CloudFormation property {@code MaxValue}.
     */
    public ConfigurationObject maxValue(String value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(String)}. */
    public ConfigurationObject maxValue(Value<String> value) {
      return set("MaxValue", value);
    }

    /**
     * A minimum allowed value for the parameter.
     *
     * <p>CloudFormation property {@code MinValue}.
     */
    public ConfigurationObject minValue(String value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(String)}. */
    public ConfigurationObject minValue(Value<String> value) {
      return set("MinValue", value);
    }
  }

  /**
   * Specifies the job and session values that an admin configures in an AWS Glue usage profile.
   *
   * <p>Property type {@code AWS::Glue::UsageProfile.ProfileConfiguration}.
   */
  public static final class ProfileConfiguration extends Struct<ProfileConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::UsageProfile.ProfileConfiguration");

    public ProfileConfiguration() {
      super(SCHEMA);
    }

    /**
     * A key-value map of configuration parameters for AWS Glue jobs.
     *
     * <p>CloudFormation property {@code JobConfiguration}.
     */
    public ProfileConfiguration jobConfiguration(Map<String, ConfigurationObject> value) {
      return set("JobConfiguration", Value.mapOf(value));
    }

    /** Sets {@code JobConfiguration} to this value; see {@link #jobConfiguration(Map)}. */
    public ProfileConfiguration jobConfiguration(Value<Map<String, ConfigurationObject>> value) {
      return set("JobConfiguration", value);
    }

    /**
     * A key-value map of configuration parameters for AWS Glue sessions.
     *
     * <p>CloudFormation property {@code SessionConfiguration}.
     */
    public ProfileConfiguration sessionConfiguration(Map<String, ConfigurationObject> value) {
      return set("SessionConfiguration", Value.mapOf(value));
    }

    /** Sets {@code SessionConfiguration} to this value; see {@link #sessionConfiguration(Map)}. */
    public ProfileConfiguration sessionConfiguration(Value<Map<String, ConfigurationObject>> value) {
      return set("SessionConfiguration", value);
    }
  }
}
