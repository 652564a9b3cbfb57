// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Instance;
import java.util.List;

/**
 * The <code>AWS::DataSync::LocationNFS</code> resource specifies a Network File System (NFS) file
 * server that AWS DataSync can use as a transfer source or destination.
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationNFS}.
 */
public final class LocationNFS extends Resource<LocationNFS> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationNFS")
      .required("OnPremConfig")
      .constrain("ServerHostname", Constraint.of().pattern("^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])$").minLength(0).maxLength(255))
      .references("ServerHostname", "AWS::EC2::Instance.PrivateIp")
      .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$").minLength(0).maxLength(4096))
      .refYields("LocationArn")
      .attributes("LocationArn", "LocationUri")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationNFS(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the options that DataSync can use to mount your NFS file server.
   *
   * <p>CloudFormation property {@code MountOptions}.
   */
  public LocationNFS mountOptions(Value<MountOptions> value) {
    return set("MountOptions", value);
  }

  /**
   * Specifies the Amazon Resource Name (ARN) of the DataSync agent that can connect to your NFS
   * file server.
   *
   * <p>You can specify more than one agent. For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/do-i-need-datasync-agent.html#multiple-agents">Using
   * multiple DataSync agents</a> .
   *
   * <p>Required. CloudFormation property {@code OnPremConfig}.
   */
  public LocationNFS onPremConfig(Value<OnPremConfig> value) {
    return set("OnPremConfig", value);
  }

  /**
   * Specifies the DNS name or IP address (IPv4 or IPv6) of the NFS file server that your DataSync
   * agent connects to.
   *
   * <p>Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
   * ^(([a-zA-Z0-9&#92;-]*[a-zA-Z0-9])&#92;.)*([A-Za-z0-9&#92;-]*[A-Za-z0-9])$}. CloudFormation
   * property {@code ServerHostname}.
   */
  public LocationNFS serverHostname(String value) {
    return set("ServerHostname", Value.of(value));
  }

  /** Sets {@code ServerHostname} to this value; see {@link #serverHostname(String)}. */
  public LocationNFS serverHostname(Value<String> value) {
    return set("ServerHostname", value);
  }

  /**
   * Sets {@code ServerHostname} to the PrivateIp of {@code AWS::EC2::Instance}; see {@link
   * #serverHostname(String)}.
   */
  public LocationNFS serverHostname(Instance resource) {
    return set("ServerHostname", resource.privateIp());
  }

  /**
   * Specifies the export path in your NFS file server that you want DataSync to mount.
   *
   * <p>This path (or a subdirectory of the path) is where DataSync transfers data to or from. For
   * information on configuring an export for DataSync, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-nfs-location.html#accessing-nfs">Accessing
   * NFS file servers</a> .
   *
   * <p>Length: 0 to 4096 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;$&#92;p{Zs}]+$}. CloudFormation property {@code
   * Subdirectory}.
   */
  public LocationNFS subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationNFS subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * Specifies labels that help you categorize, filter, and search for your AWS resources. We
   * recommend creating at least a name tag for your location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationNFS tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationNFS tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationNFS tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the NFS location that you created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the NFS location that you created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }

  /**
   * Specifies the options that DataSync can use to mount your NFS file server.
   *
   * <p>Property type {@code AWS::DataSync::LocationNFS.MountOptions}.
   */
  public static final class MountOptions extends Struct<MountOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationNFS.MountOptions")
        .allowed("Version", "AUTOMATIC", "NFS3", "NFS4_0", "NFS4_1", "NFS4_2")
        .build();

    public MountOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies the NFS version that you want DataSync to use when mounting your NFS share. If the
     * server refuses to use the version specified, the task fails.
     *
     * <p>You can specify the following options:
     *
     * <ul> <li><code>AUTOMATIC</code> (default): DataSync chooses NFS version 4.1.
     * <li><code>NFS3</code> : Stateless protocol version that allows for asynchronous writes on the
     * server. <li><code>NFSv4_0</code> : Stateful, firewall-friendly protocol version that supports
     * delegations and pseudo file systems. <li><code>NFSv4_1</code> : Stateful protocol version
     * that supports sessions, directory delegations, and parallel data processing. NFS version 4.1
     * also includes all features available in version 4.0. </ul>
     *
     * <p>DataSync currently only supports NFS version 3 with Amazon FSx for NetApp ONTAP locations.
     *
     * <p>Allowed values: {@code AUTOMATIC}, {@code NFS3}, {@code NFS4_0}, {@code NFS4_1}, {@code
     * NFS4_2}. CloudFormation property {@code Version}.
     */
    public MountOptions version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public MountOptions version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * The AWS DataSync agents that can connect to your Network File System (NFS) file server.
   *
   * <p>Property type {@code AWS::DataSync::LocationNFS.OnPremConfig}.
   */
  public static final class OnPremConfig extends Struct<OnPremConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationNFS.OnPremConfig")
        .required("AgentArns")
        .constrain("AgentArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$").minLength(0).maxLength(128))
        .references("AgentArns", "AWS::DataSync::Agent.Ref")
        .build();

    public OnPremConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Names (ARNs) of the DataSync agents that can connect to your NFS file
     * server.
     *
     * <p>You can specify more than one agent. For more information, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/do-i-need-datasync-agent.html#multiple-agents">Using
     * multiple DataSync agents</a> .
     *
     * <p>Required. Length: 0 to 128 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z&#92;-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$}.
     * CloudFormation property {@code AgentArns}.
     */
    public OnPremConfig agentArns(List<String> value) {
      return set("AgentArns", Value.listOf(value));
    }

    /** Sets {@code AgentArns} to this value; see {@link #agentArns(List)}. */
    public OnPremConfig agentArns(Value<List<String>> value) {
      return set("AgentArns", value);
    }

    /**
     * Sets {@code AgentArns} to the Ref of each {@code AWS::DataSync::Agent}; see {@link
     * #agentArns(List)}.
     */
    public OnPremConfig agentArns(Agent... resources) {
      return set("AgentArns", Value.refs(resources));
    }
  }
}
