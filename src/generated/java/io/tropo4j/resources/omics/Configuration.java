// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.omics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource schema for AWS::Omics::Configuration
 *
 * <p>CloudFormation type {@code AWS::Omics::Configuration}.
 */
public final class Configuration extends Resource<Configuration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Omics::Configuration")
      .required("Name", "RunConfigurations")
      .constrain("Description", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9\\-\\._]*$").minLength(1).maxLength(128))
      .refYields("Name")
      .attributes("Arn", "CreationTime", "Status", "Uuid")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Configuration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Optional description for the configuration.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Description}.
   */
  public Configuration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Configuration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * User-friendly name for the configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9&#92;-&#92;._]*$}. CloudFormation property {@code Name}.
   */
  public Configuration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Configuration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code RunConfigurations}.
   */
  public Configuration runConfigurations(Value<RunConfigurations> value) {
    return set("RunConfigurations", value);
  }

  /**
   * A map of resource tags
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Configuration tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Configuration tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Configuration tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Unique resource identifier for the configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Configuration creation timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Current configuration status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Unique identifier for the configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Uuid}.
   */
  public Value<String> uuid() {
    return getAtt("Uuid");
  }

  /** Property type {@code AWS::Omics::Configuration.RunConfigurations}. */
  public static final class RunConfigurations extends Struct<RunConfigurations> {
    private static final Schema SCHEMA = Schema.of("AWS::Omics::Configuration.RunConfigurations");

    public RunConfigurations() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code VpcConfig}. */
    public RunConfigurations vpcConfig(Value<VpcConfig> value) {
      return set("VpcConfig", value);
    }
  }

  /** Property type {@code AWS::Omics::Configuration.VpcConfig}. */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::Configuration.VpcConfig")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-f]+$").minLength(4).maxLength(128).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-f]+$").minLength(8).maxLength(128))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * Length: 4 to 128 characters. Pattern: {@code ^sg-[0-9a-f]+$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Length: 8 to 128 characters. Pattern: {@code ^subnet-[0-9a-f]+$}. CloudFormation property
     * {@code SubnetIds}.
     */
    public VpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }
}
