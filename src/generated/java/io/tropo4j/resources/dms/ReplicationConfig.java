// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dms-replicationconfig.html
 *
 * <p>CloudFormation type {@code AWS::DMS::ReplicationConfig}.
 */
public final class ReplicationConfig extends Resource<ReplicationConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::ReplicationConfig")
      .required("ComputeConfig", "ReplicationConfigIdentifier", "ReplicationType",
          "SourceEndpointArn", "TableMappings", "TargetEndpointArn")
      .constrain("ReplicationSettings", Constraint.of().format("json"))
      .allowed("ReplicationType", "full-load", "full-load-and-cdc", "cdc")
      .constrain("SupplementalSettings", Constraint.of().format("json"))
      .constrain("TableMappings", Constraint.of().format("json"))
      .refYields("ReplicationConfigArn")
      .attributes("ReplicationConfigArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReplicationConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration parameters for provisioning an AWS DMS Serverless replication.
   *
   * <p>Required. CloudFormation property {@code ComputeConfig}.
   */
  public ReplicationConfig computeConfig(Value<ComputeConfig> value) {
    return set("ComputeConfig", value);
  }

  /**
   * A unique identifier that you want to use to create a <code>ReplicationConfigArn</code> that is
   * returned as part of the output from this action. You can then pass this output
   * <code>ReplicationConfigArn</code> as the value of the <code>ReplicationConfigArn</code> option
   * for other actions to identify both AWS DMS Serverless replications and replication
   * configurations that you want those actions to operate on. For some actions, you can also use
   * either this unique identifier or a corresponding ARN in action filters to identify the specific
   * replication and replication configuration to operate on.
   *
   * <p>Required. CloudFormation property {@code ReplicationConfigIdentifier}.
   */
  public ReplicationConfig replicationConfigIdentifier(String value) {
    return set("ReplicationConfigIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ReplicationConfigIdentifier} to this value; see {@link
   * #replicationConfigIdentifier(String)}.
   */
  public ReplicationConfig replicationConfigIdentifier(Value<String> value) {
    return set("ReplicationConfigIdentifier", value);
  }

  /**
   * Optional JSON settings for AWS DMS Serverless replications that are provisioned using this
   * replication configuration. For example, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.ChangeProcessingTuning.html">Change
   * processing tuning settings</a> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code ReplicationSettings}.
   */
  public ReplicationConfig replicationSettings(Value<Json> value) {
    return set("ReplicationSettings", value);
  }

  /**
   * The type of AWS DMS Serverless replication to provision using this replication configuration.
   *
   * <p>Possible values:
   *
   * <ul> <li><code>"full-load"</code> <li><code>"cdc"</code> <li><code>"full-load-and-cdc"</code>
   * </ul>
   *
   * <p>Required. Allowed values: {@code full-load}, {@code full-load-and-cdc}, {@code cdc}.
   * CloudFormation property {@code ReplicationType}.
   */
  public ReplicationConfig replicationType(String value) {
    return set("ReplicationType", Value.of(value));
  }

  /** Sets {@code ReplicationType} to this value; see {@link #replicationType(String)}. */
  public ReplicationConfig replicationType(Value<String> value) {
    return set("ReplicationType", value);
  }

  /**
   * Optional unique value or name that you set for a given resource that can be used to construct
   * an Amazon Resource Name (ARN) for that resource. For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#CHAP_Security.FineGrainedAccess">Fine-grained
   * access control using resource names and tags</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceIdentifier}.
   */
  public ReplicationConfig resourceIdentifier(String value) {
    return set("ResourceIdentifier", Value.of(value));
  }

  /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
  public ReplicationConfig resourceIdentifier(Value<String> value) {
    return set("ResourceIdentifier", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the source endpoint for this AWS DMS Serverless replication
   * configuration.
   *
   * <p>Required. CloudFormation property {@code SourceEndpointArn}.
   */
  public ReplicationConfig sourceEndpointArn(String value) {
    return set("SourceEndpointArn", Value.of(value));
  }

  /** Sets {@code SourceEndpointArn} to this value; see {@link #sourceEndpointArn(String)}. */
  public ReplicationConfig sourceEndpointArn(Value<String> value) {
    return set("SourceEndpointArn", value);
  }

  /**
   * Optional JSON settings for specifying supplemental data. For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.TaskData.html">Specifying
   * supplemental data for task settings</a> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code SupplementalSettings}.
   */
  public ReplicationConfig supplementalSettings(Value<Json> value) {
    return set("SupplementalSettings", value);
  }

  /**
   * JSON table mappings for AWS DMS Serverless replications that are provisioned using this
   * replication configuration. For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TableMapping.SelectionTransformation.html">Specifying
   * table selection and transformations rules using JSON</a> .
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code TableMappings}.
   */
  public ReplicationConfig tableMappings(Value<Json> value) {
    return set("TableMappings", value);
  }

  /**
   * One or more optional tags associated with resources used by the AWS DMS Serverless replication.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tagging.html">Tagging resources in
   * AWS Database Migration Service</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReplicationConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReplicationConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReplicationConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the target endpoint for this AWS DMS serverless replication
   * configuration.
   *
   * <p>Required. CloudFormation property {@code TargetEndpointArn}.
   */
  public ReplicationConfig targetEndpointArn(String value) {
    return set("TargetEndpointArn", Value.of(value));
  }

  /** Sets {@code TargetEndpointArn} to this value; see {@link #targetEndpointArn(String)}. */
  public ReplicationConfig targetEndpointArn(Value<String> value) {
    return set("TargetEndpointArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of this AWS DMS Serverless replication configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReplicationConfigArn}.
   */
  public Value<String> replicationConfigArn() {
    return getAtt("ReplicationConfigArn");
  }

  /**
   * Configuration parameters for provisioning an AWS DMS Serverless replication.
   *
   * <p>Property type {@code AWS::DMS::ReplicationConfig.ComputeConfig}.
   */
  public static final class ComputeConfig extends Struct<ComputeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::ReplicationConfig.ComputeConfig")
        .required("MaxCapacityUnits")
        .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public ComputeConfig() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone where the AWS DMS Serverless replication using this configuration will
     * run. The default value is a random, system-chosen Availability Zone in the configuration's
     * AWS Region , for example, <code>"us-west-2"</code> . You can't set this parameter if the
     * <code>MultiAZ</code> parameter is set to <code>true</code> .
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public ComputeConfig availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public ComputeConfig availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * A list of custom DNS name servers supported for the AWS DMS Serverless replication to access
     * your source or target database. This list overrides the default name servers supported by the
     * AWS DMS Serverless replication. You can specify a comma-separated list of internet addresses
     * for up to four DNS name servers. For example: <code>"1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4"</code>
     *
     * <p>CloudFormation property {@code DnsNameServers}.
     */
    public ComputeConfig dnsNameServers(String value) {
      return set("DnsNameServers", Value.of(value));
    }

    /** Sets {@code DnsNameServers} to this value; see {@link #dnsNameServers(String)}. */
    public ComputeConfig dnsNameServers(Value<String> value) {
      return set("DnsNameServers", value);
    }

    /**
     * An AWS Key Management Service ( AWS ) key Amazon Resource Name (ARN) that is used to encrypt
     * the data during AWS DMS Serverless replication.
     *
     * <p>If you don't specify a value for the <code>KmsKeyId</code> parameter, AWS DMS uses your
     * default encryption key.
     *
     * <p>AWS creates the default encryption key for your Amazon Web Services account. Your AWS
     * account has a different default encryption key for each AWS Region .
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public ComputeConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ComputeConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * Specifies the maximum value of the AWS DMS capacity units (DCUs) for which a given AWS DMS
     * Serverless replication can be provisioned. A single DCU is 2GB of RAM, with 1 DCU as the
     * minimum value allowed. The list of valid DCU values includes 1, 2, 4, 8, 16, 32, 64, 128,
     * 192, 256, and 384. So, the maximum value that you can specify for AWS DMS Serverless is 384.
     * The <code>MaxCapacityUnits</code> parameter is the only DCU parameter you are required to
     * specify.
     *
     * <p>Required. CloudFormation property {@code MaxCapacityUnits}.
     */
    public ComputeConfig maxCapacityUnits(int value) {
      return set("MaxCapacityUnits", Value.of(value));
    }

    /** Sets {@code MaxCapacityUnits} to this value; see {@link #maxCapacityUnits(int)}. */
    public ComputeConfig maxCapacityUnits(Value<Integer> value) {
      return set("MaxCapacityUnits", value);
    }

    /**
     * Specifies the minimum value of the AWS DMS capacity units (DCUs) for which a given AWS DMS
     * Serverless replication can be provisioned. A single DCU is 2GB of RAM, with 1 DCU as the
     * minimum value allowed. The list of valid DCU values includes 1, 2, 4, 8, 16, 32, 64, 128,
     * 192, 256, and 384. So, the minimum DCU value that you can specify for AWS DMS Serverless is
     * 1. If you don't set this value, AWS DMS sets this parameter to the minimum DCU value allowed,
     * 1. If there is no current source activity, AWS DMS scales down your replication until it
     * reaches the value specified in <code>MinCapacityUnits</code> .
     *
     * <p>CloudFormation property {@code MinCapacityUnits}.
     */
    public ComputeConfig minCapacityUnits(int value) {
      return set("MinCapacityUnits", Value.of(value));
    }

    /** Sets {@code MinCapacityUnits} to this value; see {@link #minCapacityUnits(int)}. */
    public ComputeConfig minCapacityUnits(Value<Integer> value) {
      return set("MinCapacityUnits", value);
    }

    /**
     * Specifies whether the AWS DMS Serverless replication is a Multi-AZ deployment. You can't set
     * the <code>AvailabilityZone</code> parameter if the <code>MultiAZ</code> parameter is set to
     * <code>true</code> .
     *
     * <p>CloudFormation property {@code MultiAZ}.
     */
    public ComputeConfig multiAZ(boolean value) {
      return set("MultiAZ", Value.of(value));
    }

    /** Sets {@code MultiAZ} to this value; see {@link #multiAZ(boolean)}. */
    public ComputeConfig multiAZ(Value<Boolean> value) {
      return set("MultiAZ", value);
    }

    /**
     * The weekly time range during which system maintenance can occur for the AWS DMS Serverless
     * replication, in Universal Coordinated Time (UTC). The format is
     * <code>ddd:hh24:mi-ddd:hh24:mi</code> .
     *
     * <p>The default is a 30-minute window selected at random from an 8-hour block of time per AWS
     * Region . This maintenance occurs on a random day of the week. Valid values for days of the
     * week include <code>Mon</code> , <code>Tue</code> , <code>Wed</code> , <code>Thu</code> ,
     * <code>Fri</code> , <code>Sat</code> , and <code>Sun</code> .
     *
     * <p>Constraints include a minimum 30-minute window.
     *
     * <p>CloudFormation property {@code PreferredMaintenanceWindow}.
     */
    public ComputeConfig preferredMaintenanceWindow(String value) {
      return set("PreferredMaintenanceWindow", Value.of(value));
    }

    /**
     * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
     * #preferredMaintenanceWindow(String)}.
     */
    public ComputeConfig preferredMaintenanceWindow(Value<String> value) {
      return set("PreferredMaintenanceWindow", value);
    }

    /**
     * Specifies a subnet group identifier to associate with the AWS DMS Serverless replication.
     *
     * <p>CloudFormation property {@code ReplicationSubnetGroupId}.
     */
    public ComputeConfig replicationSubnetGroupId(String value) {
      return set("ReplicationSubnetGroupId", Value.of(value));
    }

    /**
     * Sets {@code ReplicationSubnetGroupId} to this value; see {@link
     * #replicationSubnetGroupId(String)}.
     */
    public ComputeConfig replicationSubnetGroupId(Value<String> value) {
      return set("ReplicationSubnetGroupId", value);
    }

    /**
     * Specifies the virtual private cloud (VPC) security group to use with the AWS DMS Serverless
     * replication. The VPC security group must work with the VPC containing the replication.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * VpcSecurityGroupIds}.
     */
    public ComputeConfig vpcSecurityGroupIds(List<String> value) {
      return set("VpcSecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
    public ComputeConfig vpcSecurityGroupIds(Value<List<String>> value) {
      return set("VpcSecurityGroupIds", value);
    }
  }
}
