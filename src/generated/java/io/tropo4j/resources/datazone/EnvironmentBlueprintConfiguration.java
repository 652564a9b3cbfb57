// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The configuration details of an environment blueprint.
 *
 * <p>CloudFormation type {@code AWS::DataZone::EnvironmentBlueprintConfiguration}.
 */
public final class EnvironmentBlueprintConfiguration extends Resource<EnvironmentBlueprintConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::EnvironmentBlueprintConfiguration")
      .required("DomainIdentifier", "EnabledRegions", "EnvironmentBlueprintIdentifier")
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("EnabledRegions", Constraint.of().pattern("^[a-z]{2}-?(iso|gov)?-{1}[a-z]*-{1}[0-9]$").minLength(4).maxLength(16))
      .constrain("EnvironmentBlueprintIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .constrain("EnvironmentRolePermissionBoundary", Constraint.of().pattern("^arn:aws[^:]*:iam::(aws|\\d{12}):policy/[\\w+=,.@-]*$"))
      .constrain("ManageAccessRoleArn", Constraint.of().pattern("^arn:aws[^:]*:iam::\\d{12}:role(/[a-zA-Z0-9+=,.@_-]+)*/[a-zA-Z0-9+=,.@_-]+$").format("AWS::IAM::Role.Arn"))
      .constrain("ProvisioningRoleArn", Constraint.of().pattern("^arn:aws[^:]*:iam::\\d{12}:role(/[a-zA-Z0-9+=,.@_-]+)*/[a-zA-Z0-9+=,.@_-]+$").format("AWS::IAM::Role.Arn"))
      .attributes("CreatedAt", "DomainId", "EnvironmentBlueprintId", "UpdatedAt")
      .build();

  public EnvironmentBlueprintConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Amazon DataZone domain in which an environment blueprint exists.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public EnvironmentBlueprintConfiguration domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public EnvironmentBlueprintConfiguration domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The enabled AWS Regions specified in a blueprint configuration.
   *
   * <p>Required. Length: 4 to 16 characters. Pattern: {@code
   * ^[a-z]{2}-?(iso|gov)?-{1}[a-z]*-{1}[0-9]$}. CloudFormation property {@code EnabledRegions}.
   */
  public EnvironmentBlueprintConfiguration enabledRegions(List<String> value) {
    return set("EnabledRegions", Value.listOf(value));
  }

  /** Sets {@code EnabledRegions} to this value; see {@link #enabledRegions(List)}. */
  public EnvironmentBlueprintConfiguration enabledRegions(Value<List<String>> value) {
    return set("EnabledRegions", value);
  }

  /**
   * The identifier of the environment blueprint.
   *
   * <p>In the current release, only the following values are supported:
   * <code>DefaultDataLake</code> and <code>DefaultDataWarehouse</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code EnvironmentBlueprintIdentifier}.
   */
  public EnvironmentBlueprintConfiguration environmentBlueprintIdentifier(String value) {
    return set("EnvironmentBlueprintIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentBlueprintIdentifier} to this value; see {@link
   * #environmentBlueprintIdentifier(String)}.
   */
  public EnvironmentBlueprintConfiguration environmentBlueprintIdentifier(Value<String> value) {
    return set("EnvironmentBlueprintIdentifier", value);
  }

  /**
   * The environment role permission boundary.
   *
   * <p>Pattern: {@code ^arn:aws[^:]*:iam::(aws|&#92;d{12}):policy/[&#92;w+=,.&#64;-]*$}.
   * CloudFormation property {@code EnvironmentRolePermissionBoundary}.
   */
  public EnvironmentBlueprintConfiguration environmentRolePermissionBoundary(String value) {
    return set("EnvironmentRolePermissionBoundary", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentRolePermissionBoundary} to this value; see {@link
   * #environmentRolePermissionBoundary(String)}.
   */
  public EnvironmentBlueprintConfiguration environmentRolePermissionBoundary(Value<String> value) {
    return set("EnvironmentRolePermissionBoundary", value);
  }

  /**
   * Region-agnostic environment blueprint parameters.
   *
   * <p>CloudFormation property {@code GlobalParameters}.
   */
  public EnvironmentBlueprintConfiguration globalParameters(Map<String, String> value) {
    return set("GlobalParameters", Value.mapOf(value));
  }

  /** Sets {@code GlobalParameters} to this value; see {@link #globalParameters(Map)}. */
  public EnvironmentBlueprintConfiguration globalParameters(Value<Map<String, String>> value) {
    return set("GlobalParameters", value);
  }

  /**
   * The ARN of the manage access role.
   *
   * <p>Pattern: {@code
   * ^arn:aws[^:]*:iam::&#92;d{12}:role(/[a-zA-Z0-9+=,.&#64;_-]+)*&#47;[a-zA-Z0-9+=,.&#64;_-]+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ManageAccessRoleArn}.
   */
  public EnvironmentBlueprintConfiguration manageAccessRoleArn(String value) {
    return set("ManageAccessRoleArn", Value.of(value));
  }

  /** Sets {@code ManageAccessRoleArn} to this value; see {@link #manageAccessRoleArn(String)}. */
  public EnvironmentBlueprintConfiguration manageAccessRoleArn(Value<String> value) {
    return set("ManageAccessRoleArn", value);
  }

  /**
   * The provisioning configuration of a blueprint.
   *
   * <p>CloudFormation property {@code ProvisioningConfigurations}.
   */
  public EnvironmentBlueprintConfiguration provisioningConfigurations(List<ProvisioningConfiguration> value) {
    return set("ProvisioningConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code ProvisioningConfigurations} to this value; see {@link
   * #provisioningConfigurations(List)}.
   */
  public EnvironmentBlueprintConfiguration provisioningConfigurations(Value<List<ProvisioningConfiguration>> value) {
    return set("ProvisioningConfigurations", value);
  }

  /**
   * Sets {@code ProvisioningConfigurations} to a list of these; see {@link
   * #provisioningConfigurations(List)}.
   */
  public EnvironmentBlueprintConfiguration provisioningConfigurations(ProvisioningConfiguration... values) {
    return set("ProvisioningConfigurations", Value.list(values));
  }

  /**
   * The ARN of the provisioning role.
   *
   * <p>Pattern: {@code
   * ^arn:aws[^:]*:iam::&#92;d{12}:role(/[a-zA-Z0-9+=,.&#64;_-]+)*&#47;[a-zA-Z0-9+=,.&#64;_-]+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ProvisioningRoleArn}.
   */
  public EnvironmentBlueprintConfiguration provisioningRoleArn(String value) {
    return set("ProvisioningRoleArn", Value.of(value));
  }

  /** Sets {@code ProvisioningRoleArn} to this value; see {@link #provisioningRoleArn(String)}. */
  public EnvironmentBlueprintConfiguration provisioningRoleArn(Value<String> value) {
    return set("ProvisioningRoleArn", value);
  }

  /**
   * The regional parameters of the environment blueprint.
   *
   * <p>CloudFormation property {@code RegionalParameters}.
   */
  public EnvironmentBlueprintConfiguration regionalParameters(List<RegionalParameter> value) {
    return set("RegionalParameters", Value.listOf(value));
  }

  /** Sets {@code RegionalParameters} to this value; see {@link #regionalParameters(List)}. */
  public EnvironmentBlueprintConfiguration regionalParameters(Value<List<RegionalParameter>> value) {
    return set("RegionalParameters", value);
  }

  /** Sets {@code RegionalParameters} to a list of these; see {@link #regionalParameters(List)}. */
  public EnvironmentBlueprintConfiguration regionalParameters(RegionalParameter... values) {
    return set("RegionalParameters", Value.list(values));
  }

  /**
   * The timestamp of when an environment blueprint was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The identifier of the Amazon DataZone domain in which an environment blueprint exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The identifier of the environment blueprint. This identifier should be used when creating
   * environment profiles.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentBlueprintId}.
   */
  public Value<String> environmentBlueprintId() {
    return getAtt("EnvironmentBlueprintId");
  }

  /**
   * The timestamp of when the environment blueprint was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The Lake Formation configuration of the Data Lake blueprint.
   *
   * <p>Property type {@code
   * AWS::DataZone::EnvironmentBlueprintConfiguration.LakeFormationConfiguration}.
   */
  public static final class LakeFormationConfiguration extends Struct<LakeFormationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::EnvironmentBlueprintConfiguration.LakeFormationConfiguration");

    public LakeFormationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies certain Amazon S3 locations if you do not want Amazon DataZone to automatically
     * register them in hybrid mode.
     *
     * <p>CloudFormation property {@code LocationRegistrationExcludeS3Locations}.
     */
    public LakeFormationConfiguration locationRegistrationExcludeS3Locations(List<String> value) {
      return set("LocationRegistrationExcludeS3Locations", Value.listOf(value));
    }

    /**
     * Sets {@code LocationRegistrationExcludeS3Locations} to this value; see {@link
     * #locationRegistrationExcludeS3Locations(List)}.
     */
    public LakeFormationConfiguration locationRegistrationExcludeS3Locations(Value<List<String>> value) {
      return set("LocationRegistrationExcludeS3Locations", value);
    }

    /**
     * The role that is used to manage read/write access to the chosen Amazon S3 bucket(s) for Data
     * Lake using AWS Lake Formation hybrid access mode.
     *
     * <p>CloudFormation property {@code LocationRegistrationRole}.
     */
    public LakeFormationConfiguration locationRegistrationRole(String value) {
      return set("LocationRegistrationRole", Value.of(value));
    }

    /**
     * Sets {@code LocationRegistrationRole} to this value; see {@link
     * #locationRegistrationRole(String)}.
     */
    public LakeFormationConfiguration locationRegistrationRole(Value<String> value) {
      return set("LocationRegistrationRole", value);
    }
  }

  /**
   * The provisioning configuration of the blueprint.
   *
   * <p>Property type {@code
   * AWS::DataZone::EnvironmentBlueprintConfiguration.ProvisioningConfiguration}.
   */
  public static final class ProvisioningConfiguration extends Struct<ProvisioningConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::EnvironmentBlueprintConfiguration.ProvisioningConfiguration")
        .required("LakeFormationConfiguration")
        .build();

    public ProvisioningConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Lake Formation configuration of the Data Lake blueprint.
     *
     * <p>Required. CloudFormation property {@code LakeFormationConfiguration}.
     */
    public ProvisioningConfiguration lakeFormationConfiguration(Value<LakeFormationConfiguration> value) {
      return set("LakeFormationConfiguration", value);
    }
  }

  /**
   * The regional parameters in the environment blueprint.
   *
   * <p>Property type {@code AWS::DataZone::EnvironmentBlueprintConfiguration.RegionalParameter}.
   */
  public static final class RegionalParameter extends Struct<RegionalParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::EnvironmentBlueprintConfiguration.RegionalParameter")
        .constrain("Region", Constraint.of().pattern("^[a-z]{2}-?(iso|gov)?-{1}[a-z]*-{1}[0-9]$"))
        .build();

    public RegionalParameter() {
      super(SCHEMA);
    }

    /**
     * A string to string map containing parameters for the region.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public RegionalParameter parameters(Map<String, String> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public RegionalParameter parameters(Value<Map<String, String>> value) {
      return set("Parameters", value);
    }

    /**
     * The region specified in the environment parameter.
     *
     * <p>Pattern: {@code ^[a-z]{2}-?(iso|gov)?-{1}[a-z]*-{1}[0-9]$}. CloudFormation property {@code
     * Region}.
     */
    public RegionalParameter region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public RegionalParameter region(Value<String> value) {
      return set("Region", value);
    }
  }
}
