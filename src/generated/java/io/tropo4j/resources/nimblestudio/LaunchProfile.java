// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.nimblestudio;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-nimblestudio-launchprofile.html
 *
 * <p>CloudFormation type {@code AWS::NimbleStudio::LaunchProfile}.
 */
public final class LaunchProfile extends Resource<LaunchProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::NimbleStudio::LaunchProfile")
      .required("Ec2SubnetIds", "LaunchProfileProtocolVersions", "Name", "StreamConfiguration",
          "StudioComponentIds", "StudioId")
      .attributes("LaunchProfileId")
      .build();

  public LaunchProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code Description}. */
  public LaunchProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LaunchProfile description(Value<String> value) {
    return set("Description", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code Ec2SubnetIds}. */
  public LaunchProfile ec2SubnetIds(List<String> value) {
    return set("Ec2SubnetIds", Value.listOf(value));
  }

  /** Sets {@code Ec2SubnetIds} to this value; see {@link #ec2SubnetIds(List)}. */
  public LaunchProfile ec2SubnetIds(Value<List<String>> value) {
    return set("Ec2SubnetIds", value);
  }

  /** Required. CloudFormation property {@code LaunchProfileProtocolVersions}. */
  public LaunchProfile launchProfileProtocolVersions(List<String> value) {
    return set("LaunchProfileProtocolVersions", Value.listOf(value));
  }

  /**
   * Sets {@code LaunchProfileProtocolVersions} to this value; see {@link
   * #launchProfileProtocolVersions(List)}.
   */
  public LaunchProfile launchProfileProtocolVersions(Value<List<String>> value) {
    return set("LaunchProfileProtocolVersions", value);
  }

  /** Required. CloudFormation property {@code Name}. */
  public LaunchProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public LaunchProfile name(Value<String> value) {
    return set("Name", value);
  }

  /** Required. CloudFormation property {@code StreamConfiguration}. */
  public LaunchProfile streamConfiguration(Value<StreamConfiguration> value) {
    return set("StreamConfiguration", value);
  }

  /** Required. CloudFormation property {@code StudioComponentIds}. */
  public LaunchProfile studioComponentIds(List<String> value) {
    return set("StudioComponentIds", Value.listOf(value));
  }

  /** Sets {@code StudioComponentIds} to this value; see {@link #studioComponentIds(List)}. */
  public LaunchProfile studioComponentIds(Value<List<String>> value) {
    return set("StudioComponentIds", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code StudioId}. */
  public LaunchProfile studioId(String value) {
    return set("StudioId", Value.of(value));
  }

  /** Sets {@code StudioId} to this value; see {@link #studioId(String)}. */
  public LaunchProfile studioId(Value<String> value) {
    return set("StudioId", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public LaunchProfile tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public LaunchProfile tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** {@code Fn::GetAtt} attribute {@code LaunchProfileId}. */
  public Value<String> launchProfileId() {
    return getAtt("LaunchProfileId");
  }

  /** Property type {@code AWS::NimbleStudio::LaunchProfile.StreamConfiguration}. */
  public static final class StreamConfiguration extends Struct<StreamConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::NimbleStudio::LaunchProfile.StreamConfiguration")
        .required("ClipboardMode", "Ec2InstanceTypes", "StreamingImageIds")
        .build();

    public StreamConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AutomaticTerminationMode}. */
    public StreamConfiguration automaticTerminationMode(String value) {
      return set("AutomaticTerminationMode", Value.of(value));
    }

    /**
     * Sets {@code AutomaticTerminationMode} to this value; see {@link
     * #automaticTerminationMode(String)}.
     */
    public StreamConfiguration automaticTerminationMode(Value<String> value) {
      return set("AutomaticTerminationMode", value);
    }

    /** Required. CloudFormation property {@code ClipboardMode}. */
    public StreamConfiguration clipboardMode(String value) {
      return set("ClipboardMode", Value.of(value));
    }

    /** Sets {@code ClipboardMode} to this value; see {@link #clipboardMode(String)}. */
    public StreamConfiguration clipboardMode(Value<String> value) {
      return set("ClipboardMode", value);
    }

    /** Required. CloudFormation property {@code Ec2InstanceTypes}. */
    public StreamConfiguration ec2InstanceTypes(List<String> value) {
      return set("Ec2InstanceTypes", Value.listOf(value));
    }

    /** Sets {@code Ec2InstanceTypes} to this value; see {@link #ec2InstanceTypes(List)}. */
    public StreamConfiguration ec2InstanceTypes(Value<List<String>> value) {
      return set("Ec2InstanceTypes", value);
    }

    /** CloudFormation property {@code MaxSessionLengthInMinutes}. */
    public StreamConfiguration maxSessionLengthInMinutes(double value) {
      return set("MaxSessionLengthInMinutes", Value.of(value));
    }

    /**
     * Sets {@code MaxSessionLengthInMinutes} to this value; see {@link
     * #maxSessionLengthInMinutes(double)}.
     */
    public StreamConfiguration maxSessionLengthInMinutes(Value<Double> value) {
      return set("MaxSessionLengthInMinutes", value);
    }

    /** CloudFormation property {@code MaxStoppedSessionLengthInMinutes}. */
    public StreamConfiguration maxStoppedSessionLengthInMinutes(double value) {
      return set("MaxStoppedSessionLengthInMinutes", Value.of(value));
    }

    /**
     * Sets {@code MaxStoppedSessionLengthInMinutes} to this value; see {@link
     * #maxStoppedSessionLengthInMinutes(double)}.
     */
    public StreamConfiguration maxStoppedSessionLengthInMinutes(Value<Double> value) {
      return set("MaxStoppedSessionLengthInMinutes", value);
    }

    /** CloudFormation property {@code SessionBackup}. */
    public StreamConfiguration sessionBackup(Value<StreamConfigurationSessionBackup> value) {
      return set("SessionBackup", value);
    }

    /** CloudFormation property {@code SessionPersistenceMode}. */
    public StreamConfiguration sessionPersistenceMode(String value) {
      return set("SessionPersistenceMode", Value.of(value));
    }

    /**
     * Sets {@code SessionPersistenceMode} to this value; see {@link
     * #sessionPersistenceMode(String)}.
     */
    public StreamConfiguration sessionPersistenceMode(Value<String> value) {
      return set("SessionPersistenceMode", value);
    }

    /** CloudFormation property {@code SessionStorage}. */
    public StreamConfiguration sessionStorage(Value<StreamConfigurationSessionStorage> value) {
      return set("SessionStorage", value);
    }

    /** Required. CloudFormation property {@code StreamingImageIds}. */
    public StreamConfiguration streamingImageIds(List<String> value) {
      return set("StreamingImageIds", Value.listOf(value));
    }

    /** Sets {@code StreamingImageIds} to this value; see {@link #streamingImageIds(List)}. */
    public StreamConfiguration streamingImageIds(Value<List<String>> value) {
      return set("StreamingImageIds", value);
    }

    /** CloudFormation property {@code VolumeConfiguration}. */
    public StreamConfiguration volumeConfiguration(Value<VolumeConfiguration> value) {
      return set("VolumeConfiguration", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::LaunchProfile.StreamConfigurationSessionBackup}. */
  public static final class StreamConfigurationSessionBackup extends Struct<StreamConfigurationSessionBackup> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::LaunchProfile.StreamConfigurationSessionBackup");

    public StreamConfigurationSessionBackup() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MaxBackupsToRetain}. */
    public StreamConfigurationSessionBackup maxBackupsToRetain(double value) {
      return set("MaxBackupsToRetain", Value.of(value));
    }

    /** Sets {@code MaxBackupsToRetain} to this value; see {@link #maxBackupsToRetain(double)}. */
    public StreamConfigurationSessionBackup maxBackupsToRetain(Value<Double> value) {
      return set("MaxBackupsToRetain", value);
    }

    /** CloudFormation property {@code Mode}. */
    public StreamConfigurationSessionBackup mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public StreamConfigurationSessionBackup mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::LaunchProfile.StreamConfigurationSessionStorage}. */
  public static final class StreamConfigurationSessionStorage extends Struct<StreamConfigurationSessionStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::NimbleStudio::LaunchProfile.StreamConfigurationSessionStorage")
        .required("Mode")
        .build();

    public StreamConfigurationSessionStorage() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Mode}. */
    public StreamConfigurationSessionStorage mode(List<String> value) {
      return set("Mode", Value.listOf(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(List)}. */
    public StreamConfigurationSessionStorage mode(Value<List<String>> value) {
      return set("Mode", value);
    }

    /** CloudFormation property {@code Root}. */
    public StreamConfigurationSessionStorage root(Value<StreamingSessionStorageRoot> value) {
      return set("Root", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::LaunchProfile.StreamingSessionStorageRoot}. */
  public static final class StreamingSessionStorageRoot extends Struct<StreamingSessionStorageRoot> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::LaunchProfile.StreamingSessionStorageRoot");

    public StreamingSessionStorageRoot() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Linux}. */
    public StreamingSessionStorageRoot linux(String value) {
      return set("Linux", Value.of(value));
    }

    /** Sets {@code Linux} to this value; see {@link #linux(String)}. */
    public StreamingSessionStorageRoot linux(Value<String> value) {
      return set("Linux", value);
    }

    /** CloudFormation property {@code Windows}. */
    public StreamingSessionStorageRoot windows(String value) {
      return set("Windows", Value.of(value));
    }

    /** Sets {@code Windows} to this value; see {@link #windows(String)}. */
    public StreamingSessionStorageRoot windows(Value<String> value) {
      return set("Windows", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::LaunchProfile.VolumeConfiguration}. */
  public static final class VolumeConfiguration extends Struct<VolumeConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::LaunchProfile.VolumeConfiguration");

    public VolumeConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Iops}. */
    public VolumeConfiguration iops(double value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(double)}. */
    public VolumeConfiguration iops(Value<Double> value) {
      return set("Iops", value);
    }

    /** CloudFormation property {@code Size}. */
    public VolumeConfiguration size(double value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(double)}. */
    public VolumeConfiguration size(Value<Double> value) {
      return set("Size", value);
    }

    /** CloudFormation property {@code Throughput}. */
    public VolumeConfiguration throughput(double value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(double)}. */
    public VolumeConfiguration throughput(Value<Double> value) {
      return set("Throughput", value);
    }
  }
}
