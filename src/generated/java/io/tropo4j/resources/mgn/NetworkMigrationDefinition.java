// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mgn;

import io.tropo4j.core.Asset;
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
 * Resource schema for AWS::MGN::NetworkMigrationDefinition
 *
 * <p>CloudFormation type {@code AWS::MGN::NetworkMigrationDefinition}.
 */
public final class NetworkMigrationDefinition extends Resource<NetworkMigrationDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::MGN::NetworkMigrationDefinition")
      .required("Name", "SourceConfigurations", "TargetNetwork", "TargetS3Configuration")
      .constrain("Description", Constraint.of().pattern("^[^\\x00]*$").minLength(0).maxLength(600))
      .constrain("Name", Constraint.of().pattern("^[^\\s\\x00]( *[^\\s\\x00])*$").minLength(1).maxLength(256))
      .allowed("TargetDeployment", "SINGLE_ACCOUNT", "MULTI_ACCOUNT")
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "NetworkMigrationDefinitionID", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkMigrationDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the network migration definition.
   *
   * <p>Length: 0 to 600 characters. Pattern: {@code ^[^&#92;x00]*$}. CloudFormation property {@code
   * Description}.
   */
  public NetworkMigrationDefinition description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public NetworkMigrationDefinition description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the network migration definition.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[^&#92;s&#92;x00](
   * *[^&#92;s&#92;x00])*$}. CloudFormation property {@code Name}.
   */
  public NetworkMigrationDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public NetworkMigrationDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Scope tags map for the network migration definition.
   *
   * <p>CloudFormation property {@code ScopeTags}.
   */
  public NetworkMigrationDefinition scopeTags(Map<String, String> value) {
    return set("ScopeTags", Value.mapOf(value));
  }

  /** Sets {@code ScopeTags} to this value; see {@link #scopeTags(Map)}. */
  public NetworkMigrationDefinition scopeTags(Value<Map<String, String>> value) {
    return set("ScopeTags", value);
  }

  /**
   * A list of source configurations for the network migration.
   *
   * <p>Required. CloudFormation property {@code SourceConfigurations}.
   */
  public NetworkMigrationDefinition sourceConfigurations(List<SourceConfiguration> value) {
    return set("SourceConfigurations", Value.listOf(value));
  }

  /** Sets {@code SourceConfigurations} to this value; see {@link #sourceConfigurations(List)}. */
  public NetworkMigrationDefinition sourceConfigurations(Value<List<SourceConfiguration>> value) {
    return set("SourceConfigurations", value);
  }

  /**
   * Sets {@code SourceConfigurations} to a list of these; see {@link #sourceConfigurations(List)}.
   */
  public NetworkMigrationDefinition sourceConfigurations(SourceConfiguration... values) {
    return set("SourceConfigurations", Value.list(values));
  }

  /**
   * Tags to assign to the network migration definition.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NetworkMigrationDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkMigrationDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkMigrationDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The target deployment configuration for the migrated network.
   *
   * <p>Allowed values: {@code SINGLE_ACCOUNT}, {@code MULTI_ACCOUNT}. CloudFormation property
   * {@code TargetDeployment}.
   */
  public NetworkMigrationDefinition targetDeployment(String value) {
    return set("TargetDeployment", Value.of(value));
  }

  /** Sets {@code TargetDeployment} to this value; see {@link #targetDeployment(String)}. */
  public NetworkMigrationDefinition targetDeployment(Value<String> value) {
    return set("TargetDeployment", value);
  }

  /**
   * Configuration for the target network topology and addressing.
   *
   * <p>Required. CloudFormation property {@code TargetNetwork}.
   */
  public NetworkMigrationDefinition targetNetwork(Value<TargetNetwork> value) {
    return set("TargetNetwork", value);
  }

  /**
   * S3 configuration for storing target network artifacts.
   *
   * <p>Required. CloudFormation property {@code TargetS3Configuration}.
   */
  public NetworkMigrationDefinition targetS3Configuration(Value<TargetS3Configuration> value) {
    return set("TargetS3Configuration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the network migration definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the network migration definition was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the network migration definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkMigrationDefinitionID}.
   */
  public Value<String> networkMigrationDefinitionID() {
    return getAtt("NetworkMigrationDefinitionID");
  }

  /**
   * The timestamp when the network migration definition was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Configuration for a migration source environment.
   *
   * <p>Property type {@code AWS::MGN::NetworkMigrationDefinition.SourceConfiguration}.
   */
  public static final class SourceConfiguration extends Struct<SourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::NetworkMigrationDefinition.SourceConfiguration")
        .required("SourceEnvironment", "SourceS3Configuration")
        .allowed("SourceEnvironment", "NSX", "VSPHERE", "FORTIGATE_FIREWALL", "PALO_ALTO_FIREWALL",
            "CISCO_ACI", "LOGICAL_MODEL", "MODELIZE_IT")
        .build();

    public SourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The source environment type.
     *
     * <p>Required. Allowed values: {@code NSX}, {@code VSPHERE}, {@code FORTIGATE_FIREWALL}, {@code
     * PALO_ALTO_FIREWALL}, {@code CISCO_ACI}, {@code LOGICAL_MODEL}, {@code MODELIZE_IT}.
     * CloudFormation property {@code SourceEnvironment}.
     */
    public SourceConfiguration sourceEnvironment(String value) {
      return set("SourceEnvironment", Value.of(value));
    }

    /** Sets {@code SourceEnvironment} to this value; see {@link #sourceEnvironment(String)}. */
    public SourceConfiguration sourceEnvironment(Value<String> value) {
      return set("SourceEnvironment", value);
    }

    /**
     * S3 configuration for source network data.
     *
     * <p>Required. CloudFormation property {@code SourceS3Configuration}.
     */
    public SourceConfiguration sourceS3Configuration(Value<SourceS3Configuration> value) {
      return set("SourceS3Configuration", value);
    }

    /**
     * Sets {@code SourceS3Configuration} to the asset's bucket and key, where the deployer uploads
     * it; see {@link #sourceS3Configuration(Value)}.
     */
    public SourceConfiguration sourceS3Configuration(Asset asset) {
      return set("SourceS3Configuration", new SourceS3Configuration().s3Bucket(asset.bucket()).s3Key(asset.key()));
    }
  }

  /**
   * S3 configuration for source network data.
   *
   * <p>Property type {@code AWS::MGN::NetworkMigrationDefinition.SourceS3Configuration}.
   */
  public static final class SourceS3Configuration extends Struct<SourceS3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::NetworkMigrationDefinition.SourceS3Configuration")
        .required("S3Bucket", "S3BucketOwner", "S3Key")
        .constrain("S3Bucket", Constraint.of().pattern("^[a-zA-Z0-9.\\-_]{1,255}$").format("AWS::S3::Bucket.Name"))
        .constrain("S3BucketOwner", Constraint.of().pattern("[0-9]{12,}").minLength(12).maxLength(12))
        .constrain("S3Key", Constraint.of().pattern("^[^\\x00]{1,1024}$"))
        .build();

    public SourceS3Configuration() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket containing source data.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9.&#92;-_]{1,255}$}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public SourceS3Configuration s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public SourceS3Configuration s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The AWS account ID of the S3 bucket owner.
     *
     * <p>Required. Length: 12 to 12 characters. Pattern: {@code [0-9]{12,}}. CloudFormation
     * property {@code S3BucketOwner}.
     */
    public SourceS3Configuration s3BucketOwner(String value) {
      return set("S3BucketOwner", Value.of(value));
    }

    /** Sets {@code S3BucketOwner} to this value; see {@link #s3BucketOwner(String)}. */
    public SourceS3Configuration s3BucketOwner(Value<String> value) {
      return set("S3BucketOwner", value);
    }

    /**
     * The S3 key (path) for the source data.
     *
     * <p>Required. Pattern: {@code ^[^&#92;x00]{1,1024}$}. CloudFormation property {@code S3Key}.
     */
    public SourceS3Configuration s3Key(String value) {
      return set("S3Key", Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public SourceS3Configuration s3Key(Value<String> value) {
      return set("S3Key", value);
    }
  }

  /**
   * Configuration for the target network topology and addressing.
   *
   * <p>Property type {@code AWS::MGN::NetworkMigrationDefinition.TargetNetwork}.
   */
  public static final class TargetNetwork extends Struct<TargetNetwork> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::NetworkMigrationDefinition.TargetNetwork")
        .required("Topology")
        .constrain("InboundCidr", Constraint.of().pattern("^((25[0-4]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-8])$").minLength(9).maxLength(18))
        .constrain("InspectionCidr", Constraint.of().pattern("^((25[0-4]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-8])$").minLength(9).maxLength(18))
        .constrain("OutboundCidr", Constraint.of().pattern("^((25[0-4]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-8])$").minLength(9).maxLength(18))
        .allowed("Topology", "ISOLATED_VPC", "HUB_AND_SPOKE")
        .build();

    public TargetNetwork() {
      super(SCHEMA);
    }

    /**
     * The CIDR block for inbound traffic in the target network.
     *
     * <p>Length: 9 to 18 characters. Pattern: {@code
     * ^((25[0-4]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])&#92;.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-8])$}.
     * CloudFormation property {@code InboundCidr}.
     */
    public TargetNetwork inboundCidr(String value) {
      return set("InboundCidr", Value.of(value));
    }

    /** Sets {@code InboundCidr} to this value; see {@link #inboundCidr(String)}. */
    public TargetNetwork inboundCidr(Value<String> value) {
      return set("InboundCidr", value);
    }

    /**
     * The CIDR block for inspection traffic in the target network.
     *
     * <p>Length: 9 to 18 characters. Pattern: {@code
     * ^((25[0-4]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])&#92;.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-8])$}.
     * CloudFormation property {@code InspectionCidr}.
     */
    public TargetNetwork inspectionCidr(String value) {
      return set("InspectionCidr", Value.of(value));
    }

    /** Sets {@code InspectionCidr} to this value; see {@link #inspectionCidr(String)}. */
    public TargetNetwork inspectionCidr(Value<String> value) {
      return set("InspectionCidr", value);
    }

    /**
     * The CIDR block for outbound traffic in the target network.
     *
     * <p>Length: 9 to 18 characters. Pattern: {@code
     * ^((25[0-4]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])&#92;.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-8])$}.
     * CloudFormation property {@code OutboundCidr}.
     */
    public TargetNetwork outboundCidr(String value) {
      return set("OutboundCidr", Value.of(value));
    }

    /** Sets {@code OutboundCidr} to this value; see {@link #outboundCidr(String)}. */
    public TargetNetwork outboundCidr(Value<String> value) {
      return set("OutboundCidr", value);
    }

    /**
     * The network topology type for the target environment.
     *
     * <p>Required. Allowed values: {@code ISOLATED_VPC}, {@code HUB_AND_SPOKE}. CloudFormation
     * property {@code Topology}.
     */
    public TargetNetwork topology(String value) {
      return set("Topology", Value.of(value));
    }

    /** Sets {@code Topology} to this value; see {@link #topology(String)}. */
    public TargetNetwork topology(Value<String> value) {
      return set("Topology", value);
    }
  }

  /**
   * S3 configuration for storing target network artifacts.
   *
   * <p>Property type {@code AWS::MGN::NetworkMigrationDefinition.TargetS3Configuration}.
   */
  public static final class TargetS3Configuration extends Struct<TargetS3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::NetworkMigrationDefinition.TargetS3Configuration")
        .required("S3Bucket", "S3BucketOwner")
        .constrain("S3Bucket", Constraint.of().pattern("^[a-zA-Z0-9.\\-_]{1,255}$").format("AWS::S3::Bucket.Name"))
        .constrain("S3BucketOwner", Constraint.of().pattern("[0-9]{12,}").minLength(12).maxLength(12))
        .build();

    public TargetS3Configuration() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket for target artifacts.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9.&#92;-_]{1,255}$}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public TargetS3Configuration s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public TargetS3Configuration s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The AWS account ID of the S3 bucket owner.
     *
     * <p>Required. Length: 12 to 12 characters. Pattern: {@code [0-9]{12,}}. CloudFormation
     * property {@code S3BucketOwner}.
     */
    public TargetS3Configuration s3BucketOwner(String value) {
      return set("S3BucketOwner", Value.of(value));
    }

    /** Sets {@code S3BucketOwner} to this value; see {@link #s3BucketOwner(String)}. */
    public TargetS3Configuration s3BucketOwner(Value<String> value) {
      return set("S3BucketOwner", value);
    }
  }
}
