// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspaces;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::WorkSpaces::Workspace</code> resource specifies a WorkSpace.
 *
 * <p>Updates are not supported for the <code>BundleId</code> ,
 * <code>RootVolumeEncryptionEnabled</code> , <code>UserVolumeEncryptionEnabled</code> , or
 * <code>VolumeEncryptionKey</code> properties. To update these properties, you must also update a
 * property that triggers a replacement, such as the <code>UserName</code> property.
 *
 * <p>CloudFormation type {@code AWS::WorkSpaces::Workspace}.
 */
public final class Workspace extends Resource<Workspace> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpaces::Workspace")
      .required("BundleId", "DirectoryId", "UserName")
      .refYields("WorkspaceId")
      .attributes("Id", "WorkspaceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workspace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the bundle for the WorkSpace.
   *
   * <p>Required. Changing it may replace the resource. CloudFormation property {@code BundleId}.
   */
  public Workspace bundleId(String value) {
    return set("BundleId", Value.of(value));
  }

  /** Sets {@code BundleId} to this value; see {@link #bundleId(String)}. */
  public Workspace bundleId(Value<String> value) {
    return set("BundleId", value);
  }

  /**
   * The identifier of the Directory Service directory for the WorkSpace.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DirectoryId}.
   */
  public Workspace directoryId(String value) {
    return set("DirectoryId", Value.of(value));
  }

  /** Sets {@code DirectoryId} to this value; see {@link #directoryId(String)}. */
  public Workspace directoryId(Value<String> value) {
    return set("DirectoryId", value);
  }

  /**
   * Indicates whether the data stored on the root volume is encrypted.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * RootVolumeEncryptionEnabled}.
   */
  public Workspace rootVolumeEncryptionEnabled(boolean value) {
    return set("RootVolumeEncryptionEnabled", Value.of(value));
  }

  /**
   * Sets {@code RootVolumeEncryptionEnabled} to this value; see {@link
   * #rootVolumeEncryptionEnabled(boolean)}.
   */
  public Workspace rootVolumeEncryptionEnabled(Value<Boolean> value) {
    return set("RootVolumeEncryptionEnabled", value);
  }

  /**
   * The tags for the WorkSpace.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workspace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workspace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workspace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The user name of the user for the WorkSpace. This user name must exist in the Directory Service
   * directory for the WorkSpace.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code UserName}.
   */
  public Workspace userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public Workspace userName(Value<String> value) {
    return set("UserName", value);
  }

  /**
   * Indicates whether the data stored on the user volume is encrypted.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * UserVolumeEncryptionEnabled}.
   */
  public Workspace userVolumeEncryptionEnabled(boolean value) {
    return set("UserVolumeEncryptionEnabled", Value.of(value));
  }

  /**
   * Sets {@code UserVolumeEncryptionEnabled} to this value; see {@link
   * #userVolumeEncryptionEnabled(boolean)}.
   */
  public Workspace userVolumeEncryptionEnabled(Value<Boolean> value) {
    return set("UserVolumeEncryptionEnabled", value);
  }

  /**
   * The symmetric AWS KMS key used to encrypt data stored on your WorkSpace. Amazon WorkSpaces does
   * not support asymmetric KMS keys.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code VolumeEncryptionKey}.
   */
  public Workspace volumeEncryptionKey(String value) {
    return set("VolumeEncryptionKey", Value.of(value));
  }

  /** Sets {@code VolumeEncryptionKey} to this value; see {@link #volumeEncryptionKey(String)}. */
  public Workspace volumeEncryptionKey(Value<String> value) {
    return set("VolumeEncryptionKey", value);
  }

  /**
   * The WorkSpace properties.
   *
   * <p>CloudFormation property {@code WorkspaceProperties}.
   */
  public Workspace workspaceProperties(Value<WorkspaceProperties> value) {
    return set("WorkspaceProperties", value);
  }

  /**
   * The identifier of the WorkSpace, returned as a string.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** {@code Fn::GetAtt} attribute {@code WorkspaceId}. */
  public Value<String> workspaceId() {
    return getAtt("WorkspaceId");
  }

  /**
   * Information about a WorkSpace.
   *
   * <p>Property type {@code AWS::WorkSpaces::Workspace.WorkspaceProperties}.
   */
  public static final class WorkspaceProperties extends Struct<WorkspaceProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::WorkSpaces::Workspace.WorkspaceProperties");

    public WorkspaceProperties() {
      super(SCHEMA);
    }

    /**
     * The compute type. For more information, see <a
     * href="https://docs.aws.amazon.com/workspaces/details/#Amazon_WorkSpaces_Bundles">Amazon
     * WorkSpaces Bundles</a> .
     *
     * <p>CloudFormation property {@code ComputeTypeName}.
     */
    public WorkspaceProperties computeTypeName(String value) {
      return set("ComputeTypeName", Value.of(value));
    }

    /** Sets {@code ComputeTypeName} to this value; see {@link #computeTypeName(String)}. */
    public WorkspaceProperties computeTypeName(Value<String> value) {
      return set("ComputeTypeName", value);
    }

    /**
     * The size of the root volume. For important information about how to modify the size of the
     * root and user volumes, see <a
     * href="https://docs.aws.amazon.com/workspaces/latest/adminguide/modify-workspaces.html">Modify
     * a WorkSpace</a> .
     *
     * <p>CloudFormation property {@code RootVolumeSizeGib}.
     */
    public WorkspaceProperties rootVolumeSizeGib(int value) {
      return set("RootVolumeSizeGib", Value.of(value));
    }

    /** Sets {@code RootVolumeSizeGib} to this value; see {@link #rootVolumeSizeGib(int)}. */
    public WorkspaceProperties rootVolumeSizeGib(Value<Integer> value) {
      return set("RootVolumeSizeGib", value);
    }

    /**
     * The running mode. For more information, see <a
     * href="https://docs.aws.amazon.com/workspaces/latest/adminguide/running-mode.html">Manage the
     * WorkSpace Running Mode</a> .
     *
     * <p>CloudFormation property {@code RunningMode}.
     */
    public WorkspaceProperties runningMode(String value) {
      return set("RunningMode", Value.of(value));
    }

    /** Sets {@code RunningMode} to this value; see {@link #runningMode(String)}. */
    public WorkspaceProperties runningMode(Value<String> value) {
      return set("RunningMode", value);
    }

    /**
     * The time after a user logs off when WorkSpaces are automatically stopped. Configured in
     * 60-minute intervals.
     *
     * <p>CloudFormation property {@code RunningModeAutoStopTimeoutInMinutes}.
     */
    public WorkspaceProperties runningModeAutoStopTimeoutInMinutes(int value) {
      return set("RunningModeAutoStopTimeoutInMinutes", Value.of(value));
    }

    /**
     * Sets {@code RunningModeAutoStopTimeoutInMinutes} to this value; see {@link
     * #runningModeAutoStopTimeoutInMinutes(int)}.
     */
    public WorkspaceProperties runningModeAutoStopTimeoutInMinutes(Value<Integer> value) {
      return set("RunningModeAutoStopTimeoutInMinutes", value);
    }

    /**
     * The size of the user storage. For important information about how to modify the size of the
     * root and user volumes, see <a
     * href="https://docs.aws.amazon.com/workspaces/latest/adminguide/modify-workspaces.html">Modify
     * a WorkSpace</a> .
     *
     * <p>CloudFormation property {@code UserVolumeSizeGib}.
     */
    public WorkspaceProperties userVolumeSizeGib(int value) {
      return set("UserVolumeSizeGib", Value.of(value));
    }

    /** Sets {@code UserVolumeSizeGib} to this value; see {@link #userVolumeSizeGib(int)}. */
    public WorkspaceProperties userVolumeSizeGib(Value<Integer> value) {
      return set("UserVolumeSizeGib", value);
    }
  }
}
