// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesinstances;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::WorkspacesInstances::VolumeAssociation
 *
 * <p>CloudFormation type {@code AWS::WorkspacesInstances::VolumeAssociation}.
 */
public final class VolumeAssociation extends Resource<VolumeAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::VolumeAssociation")
      .required("Device", "VolumeId", "WorkspaceInstanceId")
      .constrain("Device", Constraint.of().maxLength(32))
      .allowed("DisassociateMode", "FORCE", "NO_FORCE")
      .constrain("VolumeId", Constraint.of().pattern("^vol-[0-9a-zA-Z]{1,63}$"))
      .constrain("WorkspaceInstanceId", Constraint.of().pattern("^wsinst-[0-9a-zA-Z]{8,63}$"))
      .build();

  public VolumeAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The device name for the volume attachment
   *
   * <p>Required. Changing it replaces the resource. Length: at most 32 characters. CloudFormation
   * property {@code Device}.
   */
  public VolumeAssociation device(String value) {
    return set("Device", Value.of(value));
  }

  /** Sets {@code Device} to this value; see {@link #device(String)}. */
  public VolumeAssociation device(Value<String> value) {
    return set("Device", value);
  }

  /**
   * Mode to use when disassociating the volume
   *
   * <p>Allowed values: {@code FORCE}, {@code NO_FORCE}. CloudFormation property {@code
   * DisassociateMode}.
   */
  public VolumeAssociation disassociateMode(String value) {
    return set("DisassociateMode", Value.of(value));
  }

  /** Sets {@code DisassociateMode} to this value; see {@link #disassociateMode(String)}. */
  public VolumeAssociation disassociateMode(Value<String> value) {
    return set("DisassociateMode", value);
  }

  /**
   * ID of the volume to attach to the workspace instance
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^vol-[0-9a-zA-Z]{1,63}$}.
   * CloudFormation property {@code VolumeId}.
   */
  public VolumeAssociation volumeId(String value) {
    return set("VolumeId", Value.of(value));
  }

  /** Sets {@code VolumeId} to this value; see {@link #volumeId(String)}. */
  public VolumeAssociation volumeId(Value<String> value) {
    return set("VolumeId", value);
  }

  /**
   * ID of the workspace instance to associate with the volume
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^wsinst-[0-9a-zA-Z]{8,63}$}.
   * CloudFormation property {@code WorkspaceInstanceId}.
   */
  public VolumeAssociation workspaceInstanceId(String value) {
    return set("WorkspaceInstanceId", Value.of(value));
  }

  /** Sets {@code WorkspaceInstanceId} to this value; see {@link #workspaceInstanceId(String)}. */
  public VolumeAssociation workspaceInstanceId(Value<String> value) {
    return set("WorkspaceInstanceId", value);
  }
}
