// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.nimblestudio;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-nimblestudio-studiocomponent.html
 *
 * <p>CloudFormation type {@code AWS::NimbleStudio::StudioComponent}.
 */
public final class StudioComponent extends Resource<StudioComponent> {
  private static final Schema SCHEMA = Schema.builder("AWS::NimbleStudio::StudioComponent")
      .required("Name", "StudioId", "Type")
      .attributes("StudioComponentId")
      .build();

  public StudioComponent(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code Configuration}. */
  public StudioComponent configuration(Value<StudioComponentConfiguration> value) {
    return set("Configuration", value);
  }

  /** CloudFormation property {@code Description}. */
  public StudioComponent description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public StudioComponent description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code Ec2SecurityGroupIds}. */
  public StudioComponent ec2SecurityGroupIds(List<String> value) {
    return set("Ec2SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code Ec2SecurityGroupIds} to this value; see {@link #ec2SecurityGroupIds(List)}. */
  public StudioComponent ec2SecurityGroupIds(Value<List<String>> value) {
    return set("Ec2SecurityGroupIds", value);
  }

  /** CloudFormation property {@code InitializationScripts}. */
  public StudioComponent initializationScripts(List<StudioComponentInitializationScript> value) {
    return set("InitializationScripts", Value.listOf(value));
  }

  /** Sets {@code InitializationScripts} to this value; see {@link #initializationScripts(List)}. */
  public StudioComponent initializationScripts(Value<List<StudioComponentInitializationScript>> value) {
    return set("InitializationScripts", value);
  }

  /**
   * Sets {@code InitializationScripts} to a list of these; see {@link
   * #initializationScripts(List)}.
   */
  public StudioComponent initializationScripts(StudioComponentInitializationScript... values) {
    return set("InitializationScripts", Value.list(values));
  }

  /** Required. CloudFormation property {@code Name}. */
  public StudioComponent name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public StudioComponent name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code ScriptParameters}. */
  public StudioComponent scriptParameters(List<ScriptParameterKeyValue> value) {
    return set("ScriptParameters", Value.listOf(value));
  }

  /** Sets {@code ScriptParameters} to this value; see {@link #scriptParameters(List)}. */
  public StudioComponent scriptParameters(Value<List<ScriptParameterKeyValue>> value) {
    return set("ScriptParameters", value);
  }

  /** Sets {@code ScriptParameters} to a list of these; see {@link #scriptParameters(List)}. */
  public StudioComponent scriptParameters(ScriptParameterKeyValue... values) {
    return set("ScriptParameters", Value.list(values));
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code StudioId}. */
  public StudioComponent studioId(String value) {
    return set("StudioId", Value.of(value));
  }

  /** Sets {@code StudioId} to this value; see {@link #studioId(String)}. */
  public StudioComponent studioId(Value<String> value) {
    return set("StudioId", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Subtype}. */
  public StudioComponent subtype(String value) {
    return set("Subtype", Value.of(value));
  }

  /** Sets {@code Subtype} to this value; see {@link #subtype(String)}. */
  public StudioComponent subtype(Value<String> value) {
    return set("Subtype", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public StudioComponent tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public StudioComponent tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Required. CloudFormation property {@code Type}. */
  public StudioComponent typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public StudioComponent typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /** {@code Fn::GetAtt} attribute {@code StudioComponentId}. */
  public Value<String> studioComponentId() {
    return getAtt("StudioComponentId");
  }

  /** Property type {@code AWS::NimbleStudio::StudioComponent.ActiveDirectoryComputerAttribute}. */
  public static final class ActiveDirectoryComputerAttribute extends Struct<ActiveDirectoryComputerAttribute> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::StudioComponent.ActiveDirectoryComputerAttribute");

    public ActiveDirectoryComputerAttribute() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Name}. */
    public ActiveDirectoryComputerAttribute name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ActiveDirectoryComputerAttribute name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code Value}. */
    public ActiveDirectoryComputerAttribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ActiveDirectoryComputerAttribute value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::StudioComponent.ActiveDirectoryConfiguration}. */
  public static final class ActiveDirectoryConfiguration extends Struct<ActiveDirectoryConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::StudioComponent.ActiveDirectoryConfiguration");

    public ActiveDirectoryConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ComputerAttributes}. */
    public ActiveDirectoryConfiguration computerAttributes(List<ActiveDirectoryComputerAttribute> value) {
      return set("ComputerAttributes", Value.listOf(value));
    }

    /** Sets {@code ComputerAttributes} to this value; see {@link #computerAttributes(List)}. */
    public ActiveDirectoryConfiguration computerAttributes(Value<List<ActiveDirectoryComputerAttribute>> value) {
      return set("ComputerAttributes", value);
    }

    /**
     * Sets {@code ComputerAttributes} to a list of these; see {@link #computerAttributes(List)}.
     */
    public ActiveDirectoryConfiguration computerAttributes(ActiveDirectoryComputerAttribute... values) {
      return set("ComputerAttributes", Value.list(values));
    }

    /** CloudFormation property {@code DirectoryId}. */
    public ActiveDirectoryConfiguration directoryId(String value) {
      return set("DirectoryId", Value.of(value));
    }

    /** Sets {@code DirectoryId} to this value; see {@link #directoryId(String)}. */
    public ActiveDirectoryConfiguration directoryId(Value<String> value) {
      return set("DirectoryId", value);
    }

    /** CloudFormation property {@code OrganizationalUnitDistinguishedName}. */
    public ActiveDirectoryConfiguration organizationalUnitDistinguishedName(String value) {
      return set("OrganizationalUnitDistinguishedName", Value.of(value));
    }

    /**
     * Sets {@code OrganizationalUnitDistinguishedName} to this value; see {@link
     * #organizationalUnitDistinguishedName(String)}.
     */
    public ActiveDirectoryConfiguration organizationalUnitDistinguishedName(Value<String> value) {
      return set("OrganizationalUnitDistinguishedName", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::StudioComponent.ComputeFarmConfiguration}. */
  public static final class ComputeFarmConfiguration extends Struct<ComputeFarmConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::StudioComponent.ComputeFarmConfiguration");

    public ComputeFarmConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ActiveDirectoryUser}. */
    public ComputeFarmConfiguration activeDirectoryUser(String value) {
      return set("ActiveDirectoryUser", Value.of(value));
    }

    /** Sets {@code ActiveDirectoryUser} to this value; see {@link #activeDirectoryUser(String)}. */
    public ComputeFarmConfiguration activeDirectoryUser(Value<String> value) {
      return set("ActiveDirectoryUser", value);
    }

    /** CloudFormation property {@code Endpoint}. */
    public ComputeFarmConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public ComputeFarmConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::StudioComponent.LicenseServiceConfiguration}. */
  public static final class LicenseServiceConfiguration extends Struct<LicenseServiceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::StudioComponent.LicenseServiceConfiguration");

    public LicenseServiceConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Endpoint}. */
    public LicenseServiceConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public LicenseServiceConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::StudioComponent.ScriptParameterKeyValue}. */
  public static final class ScriptParameterKeyValue extends Struct<ScriptParameterKeyValue> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::StudioComponent.ScriptParameterKeyValue");

    public ScriptParameterKeyValue() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Key}. */
    public ScriptParameterKeyValue key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ScriptParameterKeyValue key(Value<String> value) {
      return set("Key", value);
    }

    /** CloudFormation property {@code Value}. */
    public ScriptParameterKeyValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ScriptParameterKeyValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::StudioComponent.SharedFileSystemConfiguration}. */
  public static final class SharedFileSystemConfiguration extends Struct<SharedFileSystemConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::StudioComponent.SharedFileSystemConfiguration");

    public SharedFileSystemConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Endpoint}. */
    public SharedFileSystemConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public SharedFileSystemConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /** CloudFormation property {@code FileSystemId}. */
    public SharedFileSystemConfiguration fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public SharedFileSystemConfiguration fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }

    /** CloudFormation property {@code LinuxMountPoint}. */
    public SharedFileSystemConfiguration linuxMountPoint(String value) {
      return set("LinuxMountPoint", Value.of(value));
    }

    /** Sets {@code LinuxMountPoint} to this value; see {@link #linuxMountPoint(String)}. */
    public SharedFileSystemConfiguration linuxMountPoint(Value<String> value) {
      return set("LinuxMountPoint", value);
    }

    /** CloudFormation property {@code ShareName}. */
    public SharedFileSystemConfiguration shareName(String value) {
      return set("ShareName", Value.of(value));
    }

    /** Sets {@code ShareName} to this value; see {@link #shareName(String)}. */
    public SharedFileSystemConfiguration shareName(Value<String> value) {
      return set("ShareName", value);
    }

    /** CloudFormation property {@code WindowsMountDrive}. */
    public SharedFileSystemConfiguration windowsMountDrive(String value) {
      return set("WindowsMountDrive", Value.of(value));
    }

    /** Sets {@code WindowsMountDrive} to this value; see {@link #windowsMountDrive(String)}. */
    public SharedFileSystemConfiguration windowsMountDrive(Value<String> value) {
      return set("WindowsMountDrive", value);
    }
  }

  /** Property type {@code AWS::NimbleStudio::StudioComponent.StudioComponentConfiguration}. */
  public static final class StudioComponentConfiguration extends Struct<StudioComponentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::StudioComponent.StudioComponentConfiguration");

    public StudioComponentConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ActiveDirectoryConfiguration}. */
    public StudioComponentConfiguration activeDirectoryConfiguration(Value<ActiveDirectoryConfiguration> value) {
      return set("ActiveDirectoryConfiguration", value);
    }

    /** CloudFormation property {@code ComputeFarmConfiguration}. */
    public StudioComponentConfiguration computeFarmConfiguration(Value<ComputeFarmConfiguration> value) {
      return set("ComputeFarmConfiguration", value);
    }

    /** CloudFormation property {@code LicenseServiceConfiguration}. */
    public StudioComponentConfiguration licenseServiceConfiguration(Value<LicenseServiceConfiguration> value) {
      return set("LicenseServiceConfiguration", value);
    }

    /** CloudFormation property {@code SharedFileSystemConfiguration}. */
    public StudioComponentConfiguration sharedFileSystemConfiguration(Value<SharedFileSystemConfiguration> value) {
      return set("SharedFileSystemConfiguration", value);
    }
  }

  /**
   * Property type {@code AWS::NimbleStudio::StudioComponent.StudioComponentInitializationScript}.
   */
  public static final class StudioComponentInitializationScript extends Struct<StudioComponentInitializationScript> {
    private static final Schema SCHEMA = Schema.of("AWS::NimbleStudio::StudioComponent.StudioComponentInitializationScript");

    public StudioComponentInitializationScript() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code LaunchProfileProtocolVersion}. */
    public StudioComponentInitializationScript launchProfileProtocolVersion(String value) {
      return set("LaunchProfileProtocolVersion", Value.of(value));
    }

    /**
     * Sets {@code LaunchProfileProtocolVersion} to this value; see {@link
     * #launchProfileProtocolVersion(String)}.
     */
    public StudioComponentInitializationScript launchProfileProtocolVersion(Value<String> value) {
      return set("LaunchProfileProtocolVersion", value);
    }

    /** CloudFormation property {@code Platform}. */
    public StudioComponentInitializationScript platform(String value) {
      return set("Platform", Value.of(value));
    }

    /** Sets {@code Platform} to this value; see {@link #platform(String)}. */
    public StudioComponentInitializationScript platform(Value<String> value) {
      return set("Platform", value);
    }

    /** CloudFormation property {@code RunContext}. */
    public StudioComponentInitializationScript runContext(String value) {
      return set("RunContext", Value.of(value));
    }

    /** Sets {@code RunContext} to this value; see {@link #runContext(String)}. */
    public StudioComponentInitializationScript runContext(Value<String> value) {
      return set("RunContext", value);
    }

    /** CloudFormation property {@code Script}. */
    public StudioComponentInitializationScript script(String value) {
      return set("Script", Value.of(value));
    }

    /** Sets {@code Script} to this value; see {@link #script(String)}. */
    public StudioComponentInitializationScript script(Value<String> value) {
      return set("Script", value);
    }
  }
}
