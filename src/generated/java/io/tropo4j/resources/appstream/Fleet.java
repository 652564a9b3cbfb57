// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppStream::Fleet</code> resource creates a fleet for Amazon AppStream 2.0. A fleet
 * consists of streaming instances that run a specified image when using Always-On or On-Demand.
 *
 * <p>CloudFormation type {@code AWS::AppStream::Fleet}.
 */
public final class Fleet extends Resource<Fleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Fleet")
      .required("InstanceType", "Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .constrain("DisconnectTimeoutInSeconds", Constraint.of().minimum(60).maximum(360000))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("FleetType", Constraint.of().pattern("^ALWAYS_ON$|^ON_DEMAND$|^ELASTIC$"))
      .constrain("IamRoleArn", Constraint.of().pattern("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:iam::[0-9]{12}:role/.+$").format("AWS::IAM::Role.Arn"))
      .constrain("IdleDisconnectTimeoutInSeconds", Constraint.of().minimum(0).maximum(3600))
      .constrain("ImageArn", Constraint.of().pattern("^arn:[a-z-]+:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:.+$").maxLength(1024))
      .constrain("ImageName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$").minLength(1).maxLength(100))
      .constrain("InstanceType", Constraint.of().minLength(1))
      .constrain("MaxUserDurationInSeconds", Constraint.of().minimum(600).maximum(360000))
      .constrain("Name", Constraint.of().minLength(1).maxLength(100))
      .allowed("Platform", "AMAZON_LINUX2", "RHEL8", "ROCKY_LINUX8", "UBUNTU_PRO_2404", "WINDOWS",
          "WINDOWS_SERVER_2016", "WINDOWS_SERVER_2019", "WINDOWS_SERVER_2022",
          "WINDOWS_SERVER_2025")
      .allowed("StreamView", "APP", "DESKTOP")
      .constrain("UsbDeviceFilterStrings", Constraint.of().pattern("^((\\w*)\\s*(\\w*)\\s*\\,\\s*(\\w*)\\s*\\,\\s*\\*?(\\w*)\\s*\\,\\s*\\*?(\\w*)\\s*\\,\\s*\\*?\\d*\\s*\\,\\s*\\*?\\d*\\s*\\,\\s*[0-1]\\s*\\,\\s*[0-1]\\s*)$").minLength(0).maxLength(100))
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Fleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The desired capacity for the fleet. This is not allowed for Elastic fleets.
   *
   * <p>CloudFormation property {@code ComputeCapacity}.
   */
  public Fleet computeCapacity(Value<ComputeCapacity> value) {
    return set("ComputeCapacity", value);
  }

  /**
   * The description to display.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
   */
  public Fleet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Fleet description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code DisableIMDSV1}. */
  public Fleet disableIMDSV1(boolean value) {
    return set("DisableIMDSV1", Value.of(value));
  }

  /** Sets {@code DisableIMDSV1} to this value; see {@link #disableIMDSV1(boolean)}. */
  public Fleet disableIMDSV1(Value<Boolean> value) {
    return set("DisableIMDSV1", value);
  }

  /**
   * The amount of time that a streaming session remains active after users disconnect. If users try
   * to reconnect to the streaming session after a disconnection or network interruption within this
   * time interval, they are connected to their previous session. Otherwise, they are connected to a
   * new session with a new streaming instance.
   *
   * <p>Specify a value between 60 and 36000.
   *
   * <p>Range: 60 to 360000. CloudFormation property {@code DisconnectTimeoutInSeconds}.
   */
  public Fleet disconnectTimeoutInSeconds(int value) {
    return set("DisconnectTimeoutInSeconds", Value.of(value));
  }

  /**
   * Sets {@code DisconnectTimeoutInSeconds} to this value; see {@link
   * #disconnectTimeoutInSeconds(int)}.
   */
  public Fleet disconnectTimeoutInSeconds(Value<Integer> value) {
    return set("DisconnectTimeoutInSeconds", value);
  }

  /**
   * The fleet name to display.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Fleet displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Fleet displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The name of the directory and organizational unit (OU) to use to join the fleet to a Microsoft
   * Active Directory domain. This is not allowed for Elastic fleets.
   *
   * <p>CloudFormation property {@code DomainJoinInfo}.
   */
  public Fleet domainJoinInfo(Value<DomainJoinInfo> value) {
    return set("DomainJoinInfo", value);
  }

  /**
   * Enables or disables default internet access for the fleet.
   *
   * <p>CloudFormation property {@code EnableDefaultInternetAccess}.
   */
  public Fleet enableDefaultInternetAccess(boolean value) {
    return set("EnableDefaultInternetAccess", Value.of(value));
  }

  /**
   * Sets {@code EnableDefaultInternetAccess} to this value; see {@link
   * #enableDefaultInternetAccess(boolean)}.
   */
  public Fleet enableDefaultInternetAccess(Value<Boolean> value) {
    return set("EnableDefaultInternetAccess", value);
  }

  /**
   * The fleet type.
   *
   * <ul> <li><b>ALWAYS_ON</b> - Provides users with instant-on access to their apps. You are
   * charged for all running instances in your fleet, even if no users are streaming apps.
   * <li><b>ON_DEMAND</b> - Provide users with access to applications after they connect, which
   * takes one to two minutes. You are charged for instance streaming when users are connected and a
   * small hourly fee for instances that are not streaming apps. <li><b>ELASTIC</b> - The pool of
   * streaming instances is managed by Amazon AppStream 2.0. When a user selects their application
   * or desktop to launch, they will start streaming after the app block has been downloaded and
   * mounted to a streaming instance. </ul>
   *
   * <p><em>Allowed Values</em> : <code>ALWAYS_ON</code> | <code>ELASTIC</code> |
   * <code>ON_DEMAND</code>
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^ALWAYS_ON$|^ON_DEMAND$|^ELASTIC$}.
   * CloudFormation property {@code FleetType}.
   */
  public Fleet fleetType(String value) {
    return set("FleetType", Value.of(value));
  }

  /** Sets {@code FleetType} to this value; see {@link #fleetType(String)}. */
  public Fleet fleetType(Value<String> value) {
    return set("FleetType", value);
  }

  /**
   * The ARN of the IAM role that is applied to the fleet. To assume a role, the fleet instance
   * calls the Security Token Service <code>AssumeRole</code> API operation and passes the ARN of
   * the role to use. The operation creates a new session with temporary credentials. AppStream 2.0
   * retrieves the temporary credentials and creates the <em>appstream_machine_role</em> credential
   * profile on the instance.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/appstream2/latest/developerguide/using-iam-roles-to-grant-permissions-to-applications-scripts-streaming-instances.html">Using
   * an IAM Role to Grant Permissions to Applications and Scripts Running on AppStream 2.0 Streaming
   * Instances</a> in the <em>Amazon AppStream 2.0 Administration Guide</em> .
   *
   * <p>Pattern: {@code
   * ^arn:aws(?:&#92;-cn|&#92;-iso&#92;-b|&#92;-iso|&#92;-us&#92;-gov)?:iam::[0-9]{12}:role/.+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IamRoleArn}.
   */
  public Fleet iamRoleArn(String value) {
    return set("IamRoleArn", Value.of(value));
  }

  /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
  public Fleet iamRoleArn(Value<String> value) {
    return set("IamRoleArn", value);
  }

  /**
   * The amount of time that users can be idle (inactive) before they are disconnected from their
   * streaming session and the <code>DisconnectTimeoutInSeconds</code> time interval begins. Users
   * are notified before they are disconnected due to inactivity. If they try to reconnect to the
   * streaming session before the time interval specified in <code>DisconnectTimeoutInSeconds</code>
   * elapses, they are connected to their previous session. Users are considered idle when they stop
   * providing keyboard or mouse input during their streaming session. File uploads and downloads,
   * audio in, audio out, and pixels changing do not qualify as user activity. If users continue to
   * be idle after the time interval in <code>IdleDisconnectTimeoutInSeconds</code> elapses, they
   * are disconnected.
   *
   * <p>To prevent users from being disconnected due to inactivity, specify a value of 0. Otherwise,
   * specify a value between 60 and 36000.
   *
   * <p>If you enable this feature, we recommend that you specify a value that corresponds exactly
   * to a whole number of minutes (for example, 60, 120, and 180). If you don't do this, the value
   * is rounded to the nearest minute. For example, if you specify a value of 70, users are
   * disconnected after 1 minute of inactivity. If you specify a value that is at the midpoint
   * between two different minutes, the value is rounded up. For example, if you specify a value of
   * 90, users are disconnected after 2 minutes of inactivity.
   *
   * <p>Range: 0 to 3600. CloudFormation property {@code IdleDisconnectTimeoutInSeconds}.
   */
  public Fleet idleDisconnectTimeoutInSeconds(int value) {
    return set("IdleDisconnectTimeoutInSeconds", Value.of(value));
  }

  /**
   * Sets {@code IdleDisconnectTimeoutInSeconds} to this value; see {@link
   * #idleDisconnectTimeoutInSeconds(int)}.
   */
  public Fleet idleDisconnectTimeoutInSeconds(Value<Integer> value) {
    return set("IdleDisconnectTimeoutInSeconds", value);
  }

  /**
   * The ARN of the public, private, or shared image to use.
   *
   * <p>Length: at most 1024 characters. Pattern: {@code
   * ^arn:[a-z-]+:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:.+$}. CloudFormation property {@code
   * ImageArn}.
   */
  public Fleet imageArn(String value) {
    return set("ImageArn", Value.of(value));
  }

  /** Sets {@code ImageArn} to this value; see {@link #imageArn(String)}. */
  public Fleet imageArn(Value<String> value) {
    return set("ImageArn", value);
  }

  /**
   * The name of the image used to create the fleet.
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}.
   * CloudFormation property {@code ImageName}.
   */
  public Fleet imageName(String value) {
    return set("ImageName", Value.of(value));
  }

  /** Sets {@code ImageName} to this value; see {@link #imageName(String)}. */
  public Fleet imageName(Value<String> value) {
    return set("ImageName", value);
  }

  /**
   * The instance type to use when launching fleet instances. The following instance types are
   * available for non-Elastic fleets:
   *
   * <ul> <li>stream.standard.small <li>stream.standard.medium <li>stream.standard.large
   * <li>stream.compute.large <li>stream.compute.xlarge <li>stream.compute.2xlarge
   * <li>stream.compute.4xlarge <li>stream.compute.8xlarge <li>stream.memory.large
   * <li>stream.memory.xlarge <li>stream.memory.2xlarge <li>stream.memory.4xlarge
   * <li>stream.memory.8xlarge <li>stream.memory.z1d.large <li>stream.memory.z1d.xlarge
   * <li>stream.memory.z1d.2xlarge <li>stream.memory.z1d.3xlarge <li>stream.memory.z1d.6xlarge
   * <li>stream.memory.z1d.12xlarge <li>stream.graphics-design.large
   * <li>stream.graphics-design.xlarge <li>stream.graphics-design.2xlarge
   * <li>stream.graphics-design.4xlarge <li>stream.graphics.g4dn.xlarge
   * <li>stream.graphics.g4dn.2xlarge <li>stream.graphics.g4dn.4xlarge
   * <li>stream.graphics.g4dn.8xlarge <li>stream.graphics.g4dn.12xlarge
   * <li>stream.graphics.g4dn.16xlarge <li>stream.graphics.g5.xlarge <li>stream.graphics.g5.2xlarge
   * <li>stream.graphics.g5.4xlarge <li>stream.graphics.g5.8xlarge <li>stream.graphics.g5.16xlarge
   * <li>stream.graphics.g5.12xlarge <li>stream.graphics.g5.24xlarge <li>stream.graphics.g6.xlarge
   * <li>stream.graphics.g6.2xlarge <li>stream.graphics.g6.4xlarge <li>stream.graphics.g6.8xlarge
   * <li>stream.graphics.g6.16xlarge <li>stream.graphics.g6.12xlarge <li>stream.graphics.g6.24xlarge
   * <li>stream.graphics.gr6.4xlarge <li>stream.graphics.gr6.8xlarge <li>stream.graphics.g6f.large
   * <li>stream.graphics.g6f.xlarge <li>stream.graphics.g6f.2xlarge <li>stream.graphics.g6f.4xlarge
   * <li>stream.graphics.gr6f.4xlarge </ul>
   *
   * <p>The following instance types are available for Elastic fleets:
   *
   * <ul> <li>stream.standard.small <li>stream.standard.medium </ul>
   *
   * <p>Required. Length: at least 1 characters. CloudFormation property {@code InstanceType}.
   */
  public Fleet instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public Fleet instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The maximum number of concurrent sessions that can be run on an Elastic fleet. This setting is
   * required for Elastic fleets, but is not used for other fleet types.
   *
   * <p>CloudFormation property {@code MaxConcurrentSessions}.
   */
  public Fleet maxConcurrentSessions(int value) {
    return set("MaxConcurrentSessions", Value.of(value));
  }

  /** Sets {@code MaxConcurrentSessions} to this value; see {@link #maxConcurrentSessions(int)}. */
  public Fleet maxConcurrentSessions(Value<Integer> value) {
    return set("MaxConcurrentSessions", value);
  }

  /**
   * Max number of user sessions on an instance. This is applicable only for multi-session fleets.
   *
   * <p>CloudFormation property {@code MaxSessionsPerInstance}.
   */
  public Fleet maxSessionsPerInstance(int value) {
    return set("MaxSessionsPerInstance", Value.of(value));
  }

  /**
   * Sets {@code MaxSessionsPerInstance} to this value; see {@link #maxSessionsPerInstance(int)}.
   */
  public Fleet maxSessionsPerInstance(Value<Integer> value) {
    return set("MaxSessionsPerInstance", value);
  }

  /**
   * The maximum amount of time that a streaming session can remain active, in seconds. If users are
   * still connected to a streaming instance five minutes before this limit is reached, they are
   * prompted to save any open documents before being disconnected. After this time elapses, the
   * instance is terminated and replaced by a new instance.
   *
   * <p>Specify a value between 600 and 432000.
   *
   * <p>Range: 600 to 360000. CloudFormation property {@code MaxUserDurationInSeconds}.
   */
  public Fleet maxUserDurationInSeconds(int value) {
    return set("MaxUserDurationInSeconds", Value.of(value));
  }

  /**
   * Sets {@code MaxUserDurationInSeconds} to this value; see {@link
   * #maxUserDurationInSeconds(int)}.
   */
  public Fleet maxUserDurationInSeconds(Value<Integer> value) {
    return set("MaxUserDurationInSeconds", value);
  }

  /**
   * A unique name for the fleet.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code Name}.
   */
  public Fleet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Fleet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The platform of the fleet. Platform is a required setting for Elastic fleets, and is not used
   * for other fleet types.
   *
   * <p>Allowed values: {@code AMAZON_LINUX2}, {@code RHEL8}, {@code ROCKY_LINUX8}, {@code
   * UBUNTU_PRO_2404}, {@code WINDOWS}, {@code WINDOWS_SERVER_2016}, {@code WINDOWS_SERVER_2019},
   * {@code WINDOWS_SERVER_2022}, {@code WINDOWS_SERVER_2025}. CloudFormation property {@code
   * Platform}.
   */
  public Fleet platform(String value) {
    return set("Platform", Value.of(value));
  }

  /** Sets {@code Platform} to this value; see {@link #platform(String)}. */
  public Fleet platform(Value<String> value) {
    return set("Platform", value);
  }

  /** CloudFormation property {@code RootVolumeConfig}. */
  public Fleet rootVolumeConfig(Value<VolumeConfig> value) {
    return set("RootVolumeConfig", value);
  }

  /**
   * The S3 location of the session scripts configuration zip file. This only applies to Elastic
   * fleets.
   *
   * <p>CloudFormation property {@code SessionScriptS3Location}.
   */
  public Fleet sessionScriptS3Location(Value<S3Location> value) {
    return set("SessionScriptS3Location", value);
  }

  /**
   * Sets {@code SessionScriptS3Location} to the asset's bucket and key, where the deployer uploads
   * it; see {@link #sessionScriptS3Location(Value)}.
   */
  public Fleet sessionScriptS3Location(Asset asset) {
    return set("SessionScriptS3Location", new S3Location().s3Bucket(asset.bucket()).s3Key(asset.key()));
  }

  /**
   * The WorkSpaces Applications view that is displayed to your users when they stream from the
   * fleet. When <code>APP</code> is specified, only the windows of applications opened by users
   * display. When <code>DESKTOP</code> is specified, the standard desktop that is provided by the
   * operating system displays.
   *
   * <p>The default value is <code>APP</code> .
   *
   * <p>Allowed values: {@code APP}, {@code DESKTOP}. CloudFormation property {@code StreamView}.
   */
  public Fleet streamView(String value) {
    return set("StreamView", Value.of(value));
  }

  /** Sets {@code StreamView} to this value; see {@link #streamView(String)}. */
  public Fleet streamView(Value<String> value) {
    return set("StreamView", value);
  }

  /**
   * An array of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Fleet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Fleet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Fleet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The USB device filter strings that specify which USB devices a user can redirect to the fleet
   * streaming session, when using the Windows native client. This is allowed but not required for
   * Elastic fleets.
   *
   * <p>Length: 0 to 100 characters. Pattern: {@code
   * ^((&#92;w*)&#92;s*(&#92;w*)&#92;s*&#92;,&#92;s*(&#92;w*)&#92;s*&#92;,&#92;s*&#92;*?(&#92;w*)&#92;s*&#92;,&#92;s*&#92;*?(&#92;w*)&#92;s*&#92;,&#92;s*&#92;*?&#92;d*&#92;s*&#92;,&#92;s*&#92;*?&#92;d*&#92;s*&#92;,&#92;s*[0-1]&#92;s*&#92;,&#92;s*[0-1]&#92;s*)$}.
   * CloudFormation property {@code UsbDeviceFilterStrings}.
   */
  public Fleet usbDeviceFilterStrings(List<String> value) {
    return set("UsbDeviceFilterStrings", Value.listOf(value));
  }

  /**
   * Sets {@code UsbDeviceFilterStrings} to this value; see {@link #usbDeviceFilterStrings(List)}.
   */
  public Fleet usbDeviceFilterStrings(Value<List<String>> value) {
    return set("UsbDeviceFilterStrings", value);
  }

  /**
   * The VPC configuration for the fleet. This is required for Elastic fleets, but not required for
   * other fleet types.
   *
   * <p>CloudFormation property {@code VpcConfig}.
   */
  public Fleet vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The desired capacity for a fleet.
   *
   * <p>Property type {@code AWS::AppStream::Fleet.ComputeCapacity}.
   */
  public static final class ComputeCapacity extends Struct<ComputeCapacity> {
    private static final Schema SCHEMA = Schema.of("AWS::AppStream::Fleet.ComputeCapacity");

    public ComputeCapacity() {
      super(SCHEMA);
    }

    /**
     * The desired number of streaming instances.
     *
     * <p>CloudFormation property {@code DesiredInstances}.
     */
    public ComputeCapacity desiredInstances(int value) {
      return set("DesiredInstances", Value.of(value));
    }

    /** Sets {@code DesiredInstances} to this value; see {@link #desiredInstances(int)}. */
    public ComputeCapacity desiredInstances(Value<Integer> value) {
      return set("DesiredInstances", value);
    }

    /**
     * The desired capacity in terms of number of user sessions, for the multi-session fleet. This
     * is not allowed for single-session fleets.
     *
     * <p>When you create a fleet, you must set define either the DesiredSessions or
     * DesiredInstances attribute, based on the type of fleet you create. You can’t define both
     * attributes or leave both attributes blank.
     *
     * <p>CloudFormation property {@code DesiredSessions}.
     */
    public ComputeCapacity desiredSessions(int value) {
      return set("DesiredSessions", Value.of(value));
    }

    /** Sets {@code DesiredSessions} to this value; see {@link #desiredSessions(int)}. */
    public ComputeCapacity desiredSessions(Value<Integer> value) {
      return set("DesiredSessions", value);
    }
  }

  /**
   * The name of the directory and organizational unit (OU) to use to join a fleet to a Microsoft
   * Active Directory domain.
   *
   * <p>Property type {@code AWS::AppStream::Fleet.DomainJoinInfo}.
   */
  public static final class DomainJoinInfo extends Struct<DomainJoinInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Fleet.DomainJoinInfo")
        .constrain("OrganizationalUnitDistinguishedName", Constraint.of().minLength(0).maxLength(2000))
        .build();

    public DomainJoinInfo() {
      super(SCHEMA);
    }

    /**
     * The fully qualified name of the directory (for example, corp.example.com).
     *
     * <p>CloudFormation property {@code DirectoryName}.
     */
    public DomainJoinInfo directoryName(String value) {
      return set("DirectoryName", Value.of(value));
    }

    /** Sets {@code DirectoryName} to this value; see {@link #directoryName(String)}. */
    public DomainJoinInfo directoryName(Value<String> value) {
      return set("DirectoryName", value);
    }

    /**
     * The distinguished name of the organizational unit for computer accounts.
     *
     * <p>Length: 0 to 2000 characters. CloudFormation property {@code
     * OrganizationalUnitDistinguishedName}.
     */
    public DomainJoinInfo organizationalUnitDistinguishedName(String value) {
      return set("OrganizationalUnitDistinguishedName", Value.of(value));
    }

    /**
     * Sets {@code OrganizationalUnitDistinguishedName} to this value; see {@link
     * #organizationalUnitDistinguishedName(String)}.
     */
    public DomainJoinInfo organizationalUnitDistinguishedName(Value<String> value) {
      return set("OrganizationalUnitDistinguishedName", value);
    }
  }

  /**
   * Describes the S3 location.
   *
   * <p>Property type {@code AWS::AppStream::Fleet.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Fleet.S3Location")
        .required("S3Bucket", "S3Key")
        .constrain("S3Bucket", Constraint.of().pattern("^[0-9a-z\\.\\-]*(?<!\\.)$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("S3Key", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket of the S3 object.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * ^[0-9a-z&#92;.&#92;-]*(?&lt;!&#92;.)$}. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
     * property {@code S3Bucket}.
     */
    public S3Location s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public S3Location s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The S3 key of the S3 object.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code S3Key}.
     */
    public S3Location s3Key(String value) {
      return set("S3Key", Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public S3Location s3Key(Value<String> value) {
      return set("S3Key", value);
    }
  }

  /** Property type {@code AWS::AppStream::Fleet.VolumeConfig}. */
  public static final class VolumeConfig extends Struct<VolumeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppStream::Fleet.VolumeConfig");

    public VolumeConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code VolumeSizeInGb}. */
    public VolumeConfig volumeSizeInGb(int value) {
      return set("VolumeSizeInGb", Value.of(value));
    }

    /** Sets {@code VolumeSizeInGb} to this value; see {@link #volumeSizeInGb(int)}. */
    public VolumeConfig volumeSizeInGb(Value<Integer> value) {
      return set("VolumeSizeInGb", value);
    }
  }

  /**
   * The VPC configuration information for the fleet.
   *
   * <p>Property type {@code AWS::AppStream::Fleet.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Fleet.VpcConfig")
        .constrain("SecurityGroupIds", Constraint.of().minLength(1).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().minLength(1))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The identifiers of the security groups for the fleet.
     *
     * <p>Length: at least 1 characters. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation
     * property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The identifiers of the subnets to which a network interface is attached from the fleet
     * instance. Fleet instances can use one or two subnets.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code SubnetIds}.
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
