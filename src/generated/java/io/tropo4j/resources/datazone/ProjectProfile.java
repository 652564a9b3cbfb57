// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The summary of a project profile.
 *
 * <p>CloudFormation type {@code AWS::DataZone::ProjectProfile}.
 */
public final class ProjectProfile extends Resource<ProjectProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::ProjectProfile")
      .required("Name")
      .constrain("Description", Constraint.of().maxLength(2048))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[_-][a-zA-Z0-9_-]{1,36}$"))
      .constrain("DomainUnitIdentifier", Constraint.of().pattern("^[a-z0-9_\\-]+$").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[\\w -]+$").minLength(1).maxLength(64))
      .constrain("ProjectResourceTagsDescription", Constraint.of().maxLength(2048))
      .allowed("Status", "ENABLED", "DISABLED")
      .attributes("CreatedAt", "CreatedBy", "DomainId", "DomainUnitId", "Id", "Identifier",
          "LastUpdatedAt")
      .build();

  public ProjectProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code AllowCustomProjectResourceTags}. */
  public ProjectProfile allowCustomProjectResourceTags(boolean value) {
    return set("AllowCustomProjectResourceTags", Value.of(value));
  }

  /**
   * Sets {@code AllowCustomProjectResourceTags} to this value; see {@link
   * #allowCustomProjectResourceTags(boolean)}.
   */
  public ProjectProfile allowCustomProjectResourceTags(Value<Boolean> value) {
    return set("AllowCustomProjectResourceTags", value);
  }

  /**
   * The description of the project profile.
   *
   * <p>Length: at most 2048 characters. CloudFormation property {@code Description}.
   */
  public ProjectProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ProjectProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A domain ID of the project profile.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^dzd[_-][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public ProjectProfile domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public ProjectProfile domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * A domain unit ID of the project profile.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-z0-9_&#92;-]+$}. CloudFormation property
   * {@code DomainUnitIdentifier}.
   */
  public ProjectProfile domainUnitIdentifier(String value) {
    return set("DomainUnitIdentifier", Value.of(value));
  }

  /** Sets {@code DomainUnitIdentifier} to this value; see {@link #domainUnitIdentifier(String)}. */
  public ProjectProfile domainUnitIdentifier(Value<String> value) {
    return set("DomainUnitIdentifier", value);
  }

  /**
   * Environment configurations of a project profile.
   *
   * <p>CloudFormation property {@code EnvironmentConfigurations}.
   */
  public ProjectProfile environmentConfigurations(List<EnvironmentConfiguration> value) {
    return set("EnvironmentConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code EnvironmentConfigurations} to this value; see {@link
   * #environmentConfigurations(List)}.
   */
  public ProjectProfile environmentConfigurations(Value<List<EnvironmentConfiguration>> value) {
    return set("EnvironmentConfigurations", value);
  }

  /**
   * Sets {@code EnvironmentConfigurations} to a list of these; see {@link
   * #environmentConfigurations(List)}.
   */
  public ProjectProfile environmentConfigurations(EnvironmentConfiguration... values) {
    return set("EnvironmentConfigurations", Value.list(values));
  }

  /**
   * The name of a project profile.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[&#92;w -]+$}. CloudFormation
   * property {@code Name}.
   */
  public ProjectProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ProjectProfile name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code ProjectResourceTags}. */
  public ProjectProfile projectResourceTags(List<ResourceTagParameter> value) {
    return set("ProjectResourceTags", Value.listOf(value));
  }

  /** Sets {@code ProjectResourceTags} to this value; see {@link #projectResourceTags(List)}. */
  public ProjectProfile projectResourceTags(Value<List<ResourceTagParameter>> value) {
    return set("ProjectResourceTags", value);
  }

  /**
   * Sets {@code ProjectResourceTags} to a list of these; see {@link #projectResourceTags(List)}.
   */
  public ProjectProfile projectResourceTags(ResourceTagParameter... values) {
    return set("ProjectResourceTags", Value.list(values));
  }

  /**
   * Length: at most 2048 characters. CloudFormation property {@code
   * ProjectResourceTagsDescription}.
   */
  public ProjectProfile projectResourceTagsDescription(String value) {
    return set("ProjectResourceTagsDescription", Value.of(value));
  }

  /**
   * Sets {@code ProjectResourceTagsDescription} to this value; see {@link
   * #projectResourceTagsDescription(String)}.
   */
  public ProjectProfile projectResourceTagsDescription(Value<String> value) {
    return set("ProjectResourceTagsDescription", value);
  }

  /**
   * The status of a project profile.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
   */
  public ProjectProfile status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public ProjectProfile status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code UseDefaultConfigurations}.
   */
  public ProjectProfile useDefaultConfigurations(boolean value) {
    return set("UseDefaultConfigurations", Value.of(value));
  }

  /**
   * Sets {@code UseDefaultConfigurations} to this value; see {@link
   * #useDefaultConfigurations(boolean)}.
   */
  public ProjectProfile useDefaultConfigurations(Value<Boolean> value) {
    return set("UseDefaultConfigurations", value);
  }

  /**
   * The timestamp of when the project profile was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The user who created the project profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The domain ID of the project profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The domain unit ID of the project profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainUnitId}.
   */
  public Value<String> domainUnitId() {
    return getAtt("DomainUnitId");
  }

  /**
   * The ID of the project profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Project profile ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Identifier}.
   */
  public Value<String> identifier() {
    return getAtt("Identifier");
  }

  /**
   * The timestamp at which a project profile was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The AWS account of the environment.
   *
   * <p>Property type {@code AWS::DataZone::ProjectProfile.AwsAccount}.
   */
  public static final class AwsAccount extends Struct<AwsAccount> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::ProjectProfile.AwsAccount")
        .required("AwsAccountId")
        .constrain("AwsAccountId", Constraint.of().pattern("^\\d{12}$"))
        .build();

    public AwsAccount() {
      super(SCHEMA);
    }

    /**
     * The account ID of a project.
     *
     * <p>Required. Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code AwsAccountId}.
     */
    public AwsAccount awsAccountId(String value) {
      return set("AwsAccountId", Value.of(value));
    }

    /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
    public AwsAccount awsAccountId(Value<String> value) {
      return set("AwsAccountId", value);
    }
  }

  /**
   * The configuration of an environment.
   *
   * <p>Property type {@code AWS::DataZone::ProjectProfile.EnvironmentConfiguration}.
   */
  public static final class EnvironmentConfiguration extends Struct<EnvironmentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::ProjectProfile.EnvironmentConfiguration")
        .required("AwsRegion", "EnvironmentBlueprintId", "Name")
        .allowed("DeploymentMode", "ON_CREATE", "ON_DEMAND")
        .constrain("DeploymentOrder", Constraint.of().minimum(0).maximum(16))
        .constrain("Description", Constraint.of().maxLength(2048))
        .constrain("EnvironmentBlueprintId", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
        .constrain("EnvironmentConfigurationId", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
        .constrain("Name", Constraint.of().pattern("^[\\w -]+$").minLength(1).maxLength(64))
        .build();

    public EnvironmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The AWS account of the environment.
     *
     * <p>CloudFormation property {@code AwsAccount}.
     */
    public EnvironmentConfiguration awsAccount(Value<AwsAccount> value) {
      return set("AwsAccount", value);
    }

    /**
     * The AWS Region of the environment.
     *
     * <p>Required. CloudFormation property {@code AwsRegion}.
     */
    public EnvironmentConfiguration awsRegion(Value<Region> value) {
      return set("AwsRegion", value);
    }

    /**
     * The configuration parameters of the environment.
     *
     * <p>CloudFormation property {@code ConfigurationParameters}.
     */
    public EnvironmentConfiguration configurationParameters(Value<EnvironmentConfigurationParametersDetails> value) {
      return set("ConfigurationParameters", value);
    }

    /**
     * The deployment mode of the environment.
     *
     * <p>Allowed values: {@code ON_CREATE}, {@code ON_DEMAND}. CloudFormation property {@code
     * DeploymentMode}.
     */
    public EnvironmentConfiguration deploymentMode(String value) {
      return set("DeploymentMode", Value.of(value));
    }

    /** Sets {@code DeploymentMode} to this value; see {@link #deploymentMode(String)}. */
    public EnvironmentConfiguration deploymentMode(Value<String> value) {
      return set("DeploymentMode", value);
    }

    /**
     * The deployment order of the environment.
     *
     * <p>Range: 0 to 16. CloudFormation property {@code DeploymentOrder}.
     */
    public EnvironmentConfiguration deploymentOrder(double value) {
      return set("DeploymentOrder", Value.of(value));
    }

    /** Sets {@code DeploymentOrder} to this value; see {@link #deploymentOrder(double)}. */
    public EnvironmentConfiguration deploymentOrder(Value<Double> value) {
      return set("DeploymentOrder", value);
    }

    /**
     * The environment description.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code Description}.
     */
    public EnvironmentConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public EnvironmentConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The environment blueprint ID.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code
     * EnvironmentBlueprintId}.
     */
    public EnvironmentConfiguration environmentBlueprintId(String value) {
      return set("EnvironmentBlueprintId", Value.of(value));
    }

    /**
     * Sets {@code EnvironmentBlueprintId} to this value; see {@link
     * #environmentBlueprintId(String)}.
     */
    public EnvironmentConfiguration environmentBlueprintId(Value<String> value) {
      return set("EnvironmentBlueprintId", value);
    }

    /**
     * Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code
     * EnvironmentConfigurationId}.
     */
    public EnvironmentConfiguration environmentConfigurationId(String value) {
      return set("EnvironmentConfigurationId", Value.of(value));
    }

    /**
     * Sets {@code EnvironmentConfigurationId} to this value; see {@link
     * #environmentConfigurationId(String)}.
     */
    public EnvironmentConfiguration environmentConfigurationId(Value<String> value) {
      return set("EnvironmentConfigurationId", value);
    }

    /**
     * The environment name.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[&#92;w -]+$}. CloudFormation
     * property {@code Name}.
     */
    public EnvironmentConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EnvironmentConfiguration name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The environment configuration parameter.
   *
   * <p>Property type {@code AWS::DataZone::ProjectProfile.EnvironmentConfigurationParameter}.
   */
  public static final class EnvironmentConfigurationParameter extends Struct<EnvironmentConfigurationParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::ProjectProfile.EnvironmentConfigurationParameter")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z0-9_]*$"))
        .build();

    public EnvironmentConfigurationParameter() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the environment parameter is editable.
     *
     * <p>CloudFormation property {@code IsEditable}.
     */
    public EnvironmentConfigurationParameter isEditable(boolean value) {
      return set("IsEditable", Value.of(value));
    }

    /** Sets {@code IsEditable} to this value; see {@link #isEditable(boolean)}. */
    public EnvironmentConfigurationParameter isEditable(Value<Boolean> value) {
      return set("IsEditable", value);
    }

    /**
     * The name of the environment configuration parameter.
     *
     * <p>Pattern: {@code ^[a-zA-Z_][a-zA-Z0-9_]*$}. CloudFormation property {@code Name}.
     */
    public EnvironmentConfigurationParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EnvironmentConfigurationParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the environment configuration parameter.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public EnvironmentConfigurationParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentConfigurationParameter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The details of the environment configuration parameter.
   *
   * <p>Property type {@code
   * AWS::DataZone::ProjectProfile.EnvironmentConfigurationParametersDetails}.
   */
  public static final class EnvironmentConfigurationParametersDetails extends Struct<EnvironmentConfigurationParametersDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::ProjectProfile.EnvironmentConfigurationParametersDetails")
        .constrain("SsmPath", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public EnvironmentConfigurationParametersDetails() {
      super(SCHEMA);
    }

    /**
     * The parameter overrides.
     *
     * <p>CloudFormation property {@code ParameterOverrides}.
     */
    public EnvironmentConfigurationParametersDetails parameterOverrides(List<EnvironmentConfigurationParameter> value) {
      return set("ParameterOverrides", Value.listOf(value));
    }

    /** Sets {@code ParameterOverrides} to this value; see {@link #parameterOverrides(List)}. */
    public EnvironmentConfigurationParametersDetails parameterOverrides(Value<List<EnvironmentConfigurationParameter>> value) {
      return set("ParameterOverrides", value);
    }

    /**
     * Sets {@code ParameterOverrides} to a list of these; see {@link #parameterOverrides(List)}.
     */
    public EnvironmentConfigurationParametersDetails parameterOverrides(EnvironmentConfigurationParameter... values) {
      return set("ParameterOverrides", Value.list(values));
    }

    /**
     * The resolved environment configuration parameters.
     *
     * <p>CloudFormation property {@code ResolvedParameters}.
     */
    public EnvironmentConfigurationParametersDetails resolvedParameters(List<EnvironmentConfigurationParameter> value) {
      return set("ResolvedParameters", Value.listOf(value));
    }

    /** Sets {@code ResolvedParameters} to this value; see {@link #resolvedParameters(List)}. */
    public EnvironmentConfigurationParametersDetails resolvedParameters(Value<List<EnvironmentConfigurationParameter>> value) {
      return set("ResolvedParameters", value);
    }

    /**
     * Sets {@code ResolvedParameters} to a list of these; see {@link #resolvedParameters(List)}.
     */
    public EnvironmentConfigurationParametersDetails resolvedParameters(EnvironmentConfigurationParameter... values) {
      return set("ResolvedParameters", Value.list(values));
    }

    /**
     * Ssm path environment configuration parameters.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code SsmPath}.
     */
    public EnvironmentConfigurationParametersDetails ssmPath(String value) {
      return set("SsmPath", Value.of(value));
    }

    /** Sets {@code SsmPath} to this value; see {@link #ssmPath(String)}. */
    public EnvironmentConfigurationParametersDetails ssmPath(Value<String> value) {
      return set("SsmPath", value);
    }
  }

  /**
   * The AWS Region.
   *
   * <p>Property type {@code AWS::DataZone::ProjectProfile.Region}.
   */
  public static final class Region extends Struct<Region> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::ProjectProfile.Region")
        .required("RegionName")
        .constrain("RegionName", Constraint.of().pattern("^[a-z]{2}-?(iso|gov)?-{1}[a-z]*-{1}[0-9]$").minLength(4).maxLength(16))
        .build();

    public Region() {
      super(SCHEMA);
    }

    /**
     * The AWS Region name.
     *
     * <p>Required. Length: 4 to 16 characters. Pattern: {@code
     * ^[a-z]{2}-?(iso|gov)?-{1}[a-z]*-{1}[0-9]$}. CloudFormation property {@code RegionName}.
     */
    public Region regionName(String value) {
      return set("RegionName", Value.of(value));
    }

    /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
    public Region regionName(Value<String> value) {
      return set("RegionName", value);
    }
  }

  /** Property type {@code AWS::DataZone::ProjectProfile.ResourceTagParameter}. */
  public static final class ResourceTagParameter extends Struct<ResourceTagParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::ProjectProfile.ResourceTagParameter")
        .required("IsValueEditable", "Key", "Value")
        .constrain("Key", Constraint.of().pattern("^[\\w \\.:/=+@-]+$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^[\\w \\.:/=+@-]*$").minLength(0).maxLength(256))
        .build();

    public ResourceTagParameter() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code IsValueEditable}. */
    public ResourceTagParameter isValueEditable(boolean value) {
      return set("IsValueEditable", Value.of(value));
    }

    /** Sets {@code IsValueEditable} to this value; see {@link #isValueEditable(boolean)}. */
    public ResourceTagParameter isValueEditable(Value<Boolean> value) {
      return set("IsValueEditable", value);
    }

    /**
     * Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;w &#92;.:/=+&#64;-]+$}.
     * CloudFormation property {@code Key}.
     */
    public ResourceTagParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTagParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Required. Length: 0 to 256 characters. Pattern: {@code ^[&#92;w &#92;.:/=+&#64;-]*$}.
     * CloudFormation property {@code Value}.
     */
    public ResourceTagParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceTagParameter value(Value<String> value) {
      return set("Value", value);
    }
  }
}
