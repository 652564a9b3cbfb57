// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::RDS::OptionGroup</code> resource creates or updates an option group, to enable and
 * configure features that are specific to a particular DB engine.
 *
 * <p>CloudFormation type {@code AWS::RDS::OptionGroup}.
 */
public final class OptionGroup extends Resource<OptionGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::OptionGroup")
      .required("EngineName", "MajorEngineVersion", "OptionGroupDescription")
      .refYields("OptionGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OptionGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the name of the engine that this option group should be associated with.
   *
   * <p>Valid Values:
   *
   * <ul> <li><code>mariadb</code> <li><code>mysql</code> <li><code>oracle-ee</code>
   * <li><code>oracle-ee-cdb</code> <li><code>oracle-se2</code> <li><code>oracle-se2-cdb</code>
   * <li><code>postgres</code> <li><code>sqlserver-ee</code> <li><code>sqlserver-se</code>
   * <li><code>sqlserver-ex</code> <li><code>sqlserver-web</code> </ul>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code EngineName}.
   */
  public OptionGroup engineName(String value) {
    return set("EngineName", Value.of(value));
  }

  /** Sets {@code EngineName} to this value; see {@link #engineName(String)}. */
  public OptionGroup engineName(Value<String> value) {
    return set("EngineName", value);
  }

  /**
   * Specifies the major version of the engine that this option group should be associated with.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * MajorEngineVersion}.
   */
  public OptionGroup majorEngineVersion(String value) {
    return set("MajorEngineVersion", Value.of(value));
  }

  /** Sets {@code MajorEngineVersion} to this value; see {@link #majorEngineVersion(String)}. */
  public OptionGroup majorEngineVersion(Value<String> value) {
    return set("MajorEngineVersion", value);
  }

  /**
   * A list of all available options for an option group.
   *
   * <p>CloudFormation property {@code OptionConfigurations}.
   */
  public OptionGroup optionConfigurations(List<OptionConfiguration> value) {
    return set("OptionConfigurations", Value.listOf(value));
  }

  /** Sets {@code OptionConfigurations} to this value; see {@link #optionConfigurations(List)}. */
  public OptionGroup optionConfigurations(Value<List<OptionConfiguration>> value) {
    return set("OptionConfigurations", value);
  }

  /**
   * Sets {@code OptionConfigurations} to a list of these; see {@link #optionConfigurations(List)}.
   */
  public OptionGroup optionConfigurations(OptionConfiguration... values) {
    return set("OptionConfigurations", Value.list(values));
  }

  /**
   * The description of the option group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * OptionGroupDescription}.
   */
  public OptionGroup optionGroupDescription(String value) {
    return set("OptionGroupDescription", Value.of(value));
  }

  /**
   * Sets {@code OptionGroupDescription} to this value; see {@link #optionGroupDescription(String)}.
   */
  public OptionGroup optionGroupDescription(Value<String> value) {
    return set("OptionGroupDescription", value);
  }

  /**
   * The name of the option group to be created.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 to 255 letters, numbers, or hyphens <li>First character must be a letter
   * <li>Can't end with a hyphen or contain two consecutive hyphens </ul>
   *
   * <p>Example: <code>myoptiongroup</code>
   *
   * <p>If you don't specify a value for <code>OptionGroupName</code> property, a name is
   * automatically created for the option group.
   *
   * <p>This value is stored as a lowercase string.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OptionGroupName}.
   */
  public OptionGroup optionGroupName(String value) {
    return set("OptionGroupName", Value.of(value));
  }

  /** Sets {@code OptionGroupName} to this value; see {@link #optionGroupName(String)}. */
  public OptionGroup optionGroupName(Value<String> value) {
    return set("OptionGroupName", value);
  }

  /**
   * Tags to assign to the option group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OptionGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OptionGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OptionGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The <code>OptionConfiguration</code> property type specifies an individual option, and its
   * settings, within an <code>AWS::RDS::OptionGroup</code> resource.
   *
   * <p>Property type {@code AWS::RDS::OptionGroup.OptionConfiguration}.
   */
  public static final class OptionConfiguration extends Struct<OptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::OptionGroup.OptionConfiguration")
        .required("OptionName")
        .build();

    public OptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of DB security groups used for this option.
     *
     * <p>CloudFormation property {@code DBSecurityGroupMemberships}.
     */
    public OptionConfiguration dbSecurityGroupMemberships(List<String> value) {
      return set("DBSecurityGroupMemberships", Value.listOf(value));
    }

    /**
     * Sets {@code DBSecurityGroupMemberships} to this value; see {@link
     * #dbSecurityGroupMemberships(List)}.
     */
    public OptionConfiguration dbSecurityGroupMemberships(Value<List<String>> value) {
      return set("DBSecurityGroupMemberships", value);
    }

    /**
     * The configuration of options to include in a group.
     *
     * <p>Required. CloudFormation property {@code OptionName}.
     */
    public OptionConfiguration optionName(String value) {
      return set("OptionName", Value.of(value));
    }

    /** Sets {@code OptionName} to this value; see {@link #optionName(String)}. */
    public OptionConfiguration optionName(Value<String> value) {
      return set("OptionName", value);
    }

    /**
     * The option settings to include in an option group.
     *
     * <p>CloudFormation property {@code OptionSettings}.
     */
    public OptionConfiguration optionSettings(List<OptionSetting> value) {
      return set("OptionSettings", Value.listOf(value));
    }

    /** Sets {@code OptionSettings} to this value; see {@link #optionSettings(List)}. */
    public OptionConfiguration optionSettings(Value<List<OptionSetting>> value) {
      return set("OptionSettings", value);
    }

    /** Sets {@code OptionSettings} to a list of these; see {@link #optionSettings(List)}. */
    public OptionConfiguration optionSettings(OptionSetting... values) {
      return set("OptionSettings", Value.list(values));
    }

    /**
     * The version for the option.
     *
     * <p>CloudFormation property {@code OptionVersion}.
     */
    public OptionConfiguration optionVersion(String value) {
      return set("OptionVersion", Value.of(value));
    }

    /** Sets {@code OptionVersion} to this value; see {@link #optionVersion(String)}. */
    public OptionConfiguration optionVersion(Value<String> value) {
      return set("OptionVersion", value);
    }

    /**
     * The optional port for the option.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public OptionConfiguration port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public OptionConfiguration port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * A list of VPC security group names used for this option.
     *
     * <p>CloudFormation property {@code VpcSecurityGroupMemberships}.
     */
    public OptionConfiguration vpcSecurityGroupMemberships(List<String> value) {
      return set("VpcSecurityGroupMemberships", Value.listOf(value));
    }

    /**
     * Sets {@code VpcSecurityGroupMemberships} to this value; see {@link
     * #vpcSecurityGroupMemberships(List)}.
     */
    public OptionConfiguration vpcSecurityGroupMemberships(Value<List<String>> value) {
      return set("VpcSecurityGroupMemberships", value);
    }
  }

  /**
   * The <code>OptionSetting</code> property type specifies the value for an option within an
   * <code>OptionSetting</code> property.
   *
   * <p>Property type {@code AWS::RDS::OptionGroup.OptionSetting}.
   */
  public static final class OptionSetting extends Struct<OptionSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::RDS::OptionGroup.OptionSetting");

    public OptionSetting() {
      super(SCHEMA);
    }

    /**
     * The name of the option that has settings that you can set.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public OptionSetting name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OptionSetting name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The current value of the option setting.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public OptionSetting value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public OptionSetting value(Value<String> value) {
      return set("Value", value);
    }
  }
}
