// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.gameliftstreams;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::GameLiftStreams::StreamGroup</code> resource defines a group of compute resources
 * that will be running and streaming your game. When you create a stream group, you specify the
 * hardware configuration (CPU, GPU, RAM) that will run your game (known as the <em>stream
 * class</em> ), the geographical locations where your game can run, and the number of streams that
 * can run simultaneously in each location (known as <em>stream capacity</em> ). Stream groups
 * manage how Amazon GameLift Streams allocates resources and handles concurrent streams, allowing
 * you to effectively manage capacity and costs.
 *
 * <p>There are two types of stream capacity: always-on and on-demand.
 *
 * <ul> <li><em>Always-on</em> : The streaming capacity that is allocated and ready to handle stream
 * requests without delay. You pay for this capacity whether it's in use or not. Best for quickest
 * time from streaming request to streaming session. Default is 1 (2 for high stream classes) when
 * creating a stream group or adding a location. <li><em>On-demand</em> : The streaming capacity
 * that Amazon GameLift Streams can allocate in response to stream requests, and then de-allocate
 * when the session has terminated. This offers a cost control measure at the expense of a greater
 * startup time (typically under 5 minutes). Default is 0 when creating a stream group or adding a
 * location. </ul>
 *
 * <p>Values for capacity must be whole number multiples of the tenancy value of the stream group's
 * stream class.
 *
 * <p>Application association is not currently supported in CloudFormation . To link additional
 * applications to a stream group, use the Amazon GameLift Streams console or the AWS CLI .
 *
 * <p>CloudFormation type {@code AWS::GameLiftStreams::StreamGroup}.
 */
public final class StreamGroup extends Resource<StreamGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLiftStreams::StreamGroup")
      .required("Description", "LocationConfigurations", "StreamClass")
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public StreamGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Object that identifies the Amazon GameLift Streams application to stream with this stream
   * group.
   *
   * <p>CloudFormation property {@code DefaultApplication}.
   */
  public StreamGroup defaultApplication(Value<DefaultApplication> value) {
    return set("DefaultApplication", value);
  }

  /**
   * A descriptive label for the stream group.
   *
   * <p>Required. CloudFormation property {@code Description}.
   */
  public StreamGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public StreamGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A set of one or more locations and the streaming capacity for each location. One of the
   * locations MUST be your primary location, which is the AWS Region where you are specifying this
   * resource.
   *
   * <p>Required. CloudFormation property {@code LocationConfigurations}.
   */
  public StreamGroup locationConfigurations(List<LocationConfiguration> value) {
    return set("LocationConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code LocationConfigurations} to this value; see {@link #locationConfigurations(List)}.
   */
  public StreamGroup locationConfigurations(Value<List<LocationConfiguration>> value) {
    return set("LocationConfigurations", value);
  }

  /**
   * Sets {@code LocationConfigurations} to a list of these; see {@link
   * #locationConfigurations(List)}.
   */
  public StreamGroup locationConfigurations(LocationConfiguration... values) {
    return set("LocationConfigurations", Value.list(values));
  }

  /**
   * The target stream quality for sessions that are hosted in this stream group. Set a stream class
   * that is appropriate to the type of content that you're streaming. Stream class determines the
   * type of computing resources Amazon GameLift Streams uses and impacts the cost of streaming. The
   * following options are available:
   *
   * <p>A stream class can be one of the following:
   *
   * <ul> <li><em><code>gen6n_pro_win2022</code> (NVIDIA, pro)</em> Supports applications with
   * extremely high 3D scene complexity which require maximum resources. Runs applications on
   * Microsoft Windows Server 2022 Base and supports DirectX 12. Compatible with Unreal Engine
   * versions up through 5.6, 32 and 64-bit applications, and anti-cheat technology. Uses NVIDIA L4
   * Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 16 vCPUs, 64 GB RAM, 24 GB VRAM <li>Tenancy: Supports 1 concurrent stream
   * session <li><em><code>gen6n_pro</code> (NVIDIA, pro)</em> Supports applications with extremely
   * high 3D scene complexity which require maximum resources. Uses dedicated NVIDIA L4 Tensor Core
   * GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 16 vCPUs, 64 GB RAM, 24 GB VRAM <li>Tenancy: Supports 1 concurrent stream
   * session <li><em><code>gen6n_ultra_win2022</code> (NVIDIA, ultra)</em> Supports applications
   * with high 3D scene complexity. Runs applications on Microsoft Windows Server 2022 Base and
   * supports DirectX 12. Compatible with Unreal Engine versions up through 5.6, 32 and 64-bit
   * applications, and anti-cheat technology. Uses NVIDIA L4 Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 8 vCPUs, 32 GB RAM, 24 GB VRAM <li>Tenancy: Supports 1 concurrent stream
   * session <li><em><code>gen6n_ultra</code> (NVIDIA, ultra)</em> Supports applications with high
   * 3D scene complexity. Uses dedicated NVIDIA L4 Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 8 vCPUs, 32 GB RAM, 24 GB VRAM <li>Tenancy: Supports 1 concurrent stream
   * session <li><em><code>gen6n_high</code> (NVIDIA, high)</em> Supports applications with moderate
   * to high 3D scene complexity. Uses NVIDIA L4 Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 4 vCPUs, 16 GB RAM, 12 GB VRAM <li>Tenancy: Supports up to 2 concurrent stream
   * sessions <li><em><code>gen6n_medium</code> (NVIDIA, medium)</em> Supports applications with
   * moderate 3D scene complexity. Uses NVIDIA L4 Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 2 vCPUs, 8 GB RAM, 6 GB VRAM <li>Tenancy: Supports up to 4 concurrent stream
   * sessions <li><em><code>gen6n_small</code> (NVIDIA, small)</em> Supports applications with
   * lightweight 3D scene complexity and low CPU usage. Uses NVIDIA L4 Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 1 vCPUs, 4 GB RAM, 2 GB VRAM <li>Tenancy: Supports up to 12 concurrent stream
   * sessions <li><em><code>gen5n_win2022</code> (NVIDIA, ultra)</em> Supports applications with
   * extremely high 3D scene complexity. Runs applications on Microsoft Windows Server 2022 Base and
   * supports DirectX 12. Compatible with Unreal Engine versions up through 5.6, 32 and 64-bit
   * applications, and anti-cheat technology. Uses NVIDIA A10G Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 8 vCPUs, 32 GB RAM, 24 GB VRAM <li>Tenancy: Supports 1 concurrent stream
   * session <li><em><code>gen5n_high</code> (NVIDIA, high)</em> Supports applications with moderate
   * to high 3D scene complexity. Uses NVIDIA A10G Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 4 vCPUs, 16 GB RAM, 12 GB VRAM <li>Tenancy: Supports up to 2 concurrent stream
   * sessions <li><em><code>gen5n_ultra</code> (NVIDIA, ultra)</em> Supports applications with
   * extremely high 3D scene complexity. Uses dedicated NVIDIA A10G Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 8 vCPUs, 32 GB RAM, 24 GB VRAM <li>Tenancy: Supports 1 concurrent stream
   * session <li><em><code>gen4n_win2022</code> (NVIDIA, ultra)</em> Supports applications with
   * extremely high 3D scene complexity. Runs applications on Microsoft Windows Server 2022 Base and
   * supports DirectX 12. Compatible with Unreal Engine versions up through 5.6, 32 and 64-bit
   * applications, and anti-cheat technology. Uses NVIDIA T4 Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 8 vCPUs, 32 GB RAM, 16 GB VRAM <li>Tenancy: Supports 1 concurrent stream
   * session <li><em><code>gen4n_high</code> (NVIDIA, high)</em> Supports applications with moderate
   * to high 3D scene complexity. Uses NVIDIA T4 Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 4 vCPUs, 16 GB RAM, 8 GB VRAM <li>Tenancy: Supports up to 2 concurrent stream
   * sessions <li><em><code>gen4n_ultra</code> (NVIDIA, ultra)</em> Supports applications with high
   * 3D scene complexity. Uses dedicated NVIDIA T4 Tensor Core GPU. </ul>
   *
   * <ul> <li>Reference resolution: 1080p <li>Reference frame rate: 60 fps <li>Workload
   * specifications: 8 vCPUs, 32 GB RAM, 16 GB VRAM <li>Tenancy: Supports 1 concurrent stream
   * session </ul>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StreamClass}.
   */
  public StreamGroup streamClass(String value) {
    return set("StreamClass", Value.of(value));
  }

  /** Sets {@code StreamClass} to this value; see {@link #streamClass(String)}. */
  public StreamGroup streamClass(Value<String> value) {
    return set("StreamClass", value);
  }

  /**
   * A list of labels to assign to the new stream group resource. Tags are developer-defined
   * key-value pairs. Tagging AWS resources is useful for resource management, access management and
   * cost allocation. See <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS Resources</a>
   * in the <em>AWS General Reference</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StreamGroup tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public StreamGroup tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public StreamGroup tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * An <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">Amazon
   * Resource Name (ARN)</a> that uniquely identifies the stream group resource. For example:
   * <code>arn:aws:gameliftstreams:us-west-2:123456789012:streamgroup/sg-1AB2C3De4</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * An ID that uniquely identifies the stream group resource. For example:
   * <code>sg-1AB2C3De4</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Represents the default Amazon GameLift Streams application that a stream group hosts.
   *
   * <p>Property type {@code AWS::GameLiftStreams::StreamGroup.DefaultApplication}.
   */
  public static final class DefaultApplication extends Struct<DefaultApplication> {
    private static final Schema SCHEMA = Schema.of("AWS::GameLiftStreams::StreamGroup.DefaultApplication");

    public DefaultApplication() {
      super(SCHEMA);
    }

    /**
     * An <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">Amazon
     * Resource Name (ARN)</a> that uniquely identifies the application resource. Example ARN:
     * <code>arn:aws:gameliftstreams:us-west-2:111122223333:application/a-9ZY8X7Wv6</code> .
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public DefaultApplication arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public DefaultApplication arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * An ID that uniquely identifies the application resource. Example ID: <code>a-9ZY8X7Wv6</code>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Id}.
     */
    public DefaultApplication id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public DefaultApplication id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * Configuration settings that define a stream group's stream capacity for a location. When
   * configuring a location for the first time, you must specify a numeric value for at least one of
   * the two capacity types.
   *
   * <p>Property type {@code AWS::GameLiftStreams::StreamGroup.LocationConfiguration}.
   */
  public static final class LocationConfiguration extends Struct<LocationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLiftStreams::StreamGroup.LocationConfiguration")
        .required("LocationName")
        .build();

    public LocationConfiguration() {
      super(SCHEMA);
    }

    /**
     * This setting, if non-zero, indicates minimum streaming capacity which is allocated to you and
     * is never released back to the service. You pay for this base level of capacity at all times,
     * whether used or idle.
     *
     * <p>CloudFormation property {@code AlwaysOnCapacity}.
     */
    public LocationConfiguration alwaysOnCapacity(int value) {
      return set("AlwaysOnCapacity", Value.of(value));
    }

    /** Sets {@code AlwaysOnCapacity} to this value; see {@link #alwaysOnCapacity(int)}. */
    public LocationConfiguration alwaysOnCapacity(Value<Integer> value) {
      return set("AlwaysOnCapacity", value);
    }

    /**
     * A location's name. For example, <code>us-east-1</code> . For a complete list of locations
     * that Amazon GameLift Streams supports, refer to <a
     * href="https://docs.aws.amazon.com/gameliftstreams/latest/developerguide/regions-quotas.html">Regions,
     * quotas, and limitations</a> in the <em>Amazon GameLift Streams Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code LocationName}.
     */
    public LocationConfiguration locationName(String value) {
      return set("LocationName", Value.of(value));
    }

    /** Sets {@code LocationName} to this value; see {@link #locationName(String)}. */
    public LocationConfiguration locationName(Value<String> value) {
      return set("LocationName", value);
    }

    /** CloudFormation property {@code MaximumCapacity}. */
    public LocationConfiguration maximumCapacity(int value) {
      return set("MaximumCapacity", Value.of(value));
    }

    /** Sets {@code MaximumCapacity} to this value; see {@link #maximumCapacity(int)}. */
    public LocationConfiguration maximumCapacity(Value<Integer> value) {
      return set("MaximumCapacity", value);
    }

    /**
     * This field is deprecated. Use MaximumCapacity instead. This parameter is ignored when
     * MaximumCapacity is specified.
     *
     * <p>The streaming capacity that Amazon GameLift Streams can allocate in response to stream
     * requests, and then de-allocate when the session has terminated. This offers a cost control
     * measure at the expense of a greater startup time (typically under 5 minutes). Default is 0
     * when you create a stream group or add a location.
     *
     * <p>CloudFormation property {@code OnDemandCapacity}.
     */
    public LocationConfiguration onDemandCapacity(int value) {
      return set("OnDemandCapacity", Value.of(value));
    }

    /** Sets {@code OnDemandCapacity} to this value; see {@link #onDemandCapacity(int)}. */
    public LocationConfiguration onDemandCapacity(Value<Integer> value) {
      return set("OnDemandCapacity", value);
    }

    /** CloudFormation property {@code TargetIdleCapacity}. */
    public LocationConfiguration targetIdleCapacity(int value) {
      return set("TargetIdleCapacity", Value.of(value));
    }

    /** Sets {@code TargetIdleCapacity} to this value; see {@link #targetIdleCapacity(int)}. */
    public LocationConfiguration targetIdleCapacity(Value<Integer> value) {
      return set("TargetIdleCapacity", value);
    }

    /** CloudFormation property {@code VpcTransitConfiguration}. */
    public LocationConfiguration vpcTransitConfiguration(Value<VpcTransitConfiguration> value) {
      return set("VpcTransitConfiguration", value);
    }
  }

  /** Property type {@code AWS::GameLiftStreams::StreamGroup.VpcTransitConfiguration}. */
  public static final class VpcTransitConfiguration extends Struct<VpcTransitConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLiftStreams::StreamGroup.VpcTransitConfiguration")
        .required("Ipv4CidrBlocks", "VpcId")
        .build();

    public VpcTransitConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Ipv4CidrBlocks}. */
    public VpcTransitConfiguration ipv4CidrBlocks(List<String> value) {
      return set("Ipv4CidrBlocks", Value.listOf(value));
    }

    /** Sets {@code Ipv4CidrBlocks} to this value; see {@link #ipv4CidrBlocks(List)}. */
    public VpcTransitConfiguration ipv4CidrBlocks(Value<List<String>> value) {
      return set("Ipv4CidrBlocks", value);
    }

    /** Required. CloudFormation property {@code VpcId}. */
    public VpcTransitConfiguration vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcTransitConfiguration vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
