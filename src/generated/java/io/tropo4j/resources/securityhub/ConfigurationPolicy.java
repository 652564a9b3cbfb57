// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::SecurityHub::ConfigurationPolicy</code> resource creates a central configuration
 * policy with the defined settings. Only the AWS Security Hub CSPM delegated administrator can
 * create this resource in the home Region. For more information, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/central-configuration-intro.html">Central
 * configuration in Security Hub CSPM</a> in the <em>AWS Security Hub CSPM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::ConfigurationPolicy}.
 */
public final class ConfigurationPolicy extends Resource<ConfigurationPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConfigurationPolicy")
      .required("ConfigurationPolicy", "Name")
      .constrain("Description", Constraint.of().pattern("\\S").minLength(0).maxLength(512))
      .constrain("Name", Constraint.of().pattern("\\S").minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id", "ServiceEnabled", "UpdatedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ConfigurationPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An object that defines how AWS Security Hub CSPM is configured. It includes whether Security
   * Hub CSPM is enabled or disabled, a list of enabled security standards, a list of enabled or
   * disabled security controls, and a list of custom parameter values for specified controls. If
   * you provide a list of security controls that are enabled in the configuration policy, Security
   * Hub CSPM disables all other controls (including newly released controls). If you provide a list
   * of security controls that are disabled in the configuration policy, Security Hub CSPM enables
   * all other controls (including newly released controls).
   *
   * <p>Required. CloudFormation property {@code ConfigurationPolicy}.
   */
  public ConfigurationPolicy configurationPolicy(Value<Policy> value) {
    return set("ConfigurationPolicy", value);
  }

  /**
   * The description of the configuration policy.
   *
   * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S}. CloudFormation property {@code
   * Description}.
   */
  public ConfigurationPolicy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConfigurationPolicy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the configuration policy. Alphanumeric characters and the following ASCII
   * characters are permitted: <code>-, ., !, *, /</code> .
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code &#92;S}. CloudFormation property
   * {@code Name}.
   */
  public ConfigurationPolicy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfigurationPolicy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * User-defined tags associated with a configuration policy. For more information, see <a
   * href="https://docs.aws.amazon.com/securityhub/latest/userguide/tagging-resources.html">Tagging
   * AWS Security Hub CSPM resources</a> in the <em>Security Hub CSPM user guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfigurationPolicy tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ConfigurationPolicy tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ConfigurationPolicy tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN of the configuration policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time, in UTC and ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The universally unique identifier (UUID) of the configuration policy. A self-managed
   * configuration has no UUID. The identifier of a self-managed configuration is
   * <code>SELF_MANAGED_SECURITY_HUB</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Indicates whether the service that the configuration policy applies to is enabled in the
   * policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceEnabled}.
   */
  public Value<Boolean> serviceEnabled() {
    return getAtt("ServiceEnabled");
  }

  /**
   * The date and time, in UTC and ISO 8601 format, that the configuration policy was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * An object that provides the current value of a security control parameter and identifies
   * whether it has been customized.
   *
   * <p>Property type {@code AWS::SecurityHub::ConfigurationPolicy.ParameterConfiguration}.
   */
  public static final class ParameterConfiguration extends Struct<ParameterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConfigurationPolicy.ParameterConfiguration")
        .required("ValueType")
        .allowed("ValueType", "DEFAULT", "CUSTOM")
        .build();

    public ParameterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The current value of a control parameter.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ParameterConfiguration value(Value<ParameterValue> value) {
      return set("Value", value);
    }

    /**
     * Identifies whether a control parameter uses a custom user-defined value or subscribes to the
     * default AWS Security Hub CSPM behavior.
     *
     * <p>When <code>ValueType</code> is set equal to <code>DEFAULT</code> , the default behavior
     * can be a specific Security Hub CSPM default value, or the default behavior can be to ignore a
     * specific parameter. When <code>ValueType</code> is set equal to <code>DEFAULT</code> ,
     * Security Hub CSPM ignores user-provided input for the <code>Value</code> field.
     *
     * <p>When <code>ValueType</code> is set equal to <code>CUSTOM</code> , the <code>Value</code>
     * field can't be empty.
     *
     * <p>Required. Allowed values: {@code DEFAULT}, {@code CUSTOM}. CloudFormation property {@code
     * ValueType}.
     */
    public ParameterConfiguration valueType(String value) {
      return set("ValueType", Value.of(value));
    }

    /** Sets {@code ValueType} to this value; see {@link #valueType(String)}. */
    public ParameterConfiguration valueType(Value<String> value) {
      return set("ValueType", value);
    }
  }

  /**
   * An object that includes the data type of a security control parameter and its current value.
   *
   * <p>Property type {@code AWS::SecurityHub::ConfigurationPolicy.ParameterValue}.
   */
  public static final class ParameterValue extends Struct<ParameterValue> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::ConfigurationPolicy.ParameterValue");

    public ParameterValue() {
      super(SCHEMA);
    }

    /**
     * A control parameter that is a boolean.
     *
     * <p>CloudFormation property {@code Boolean}.
     */
    public ParameterValue booleanProperty(boolean value) {
      return set("Boolean", Value.of(value));
    }

    /** Sets {@code Boolean} to this value; see {@link #booleanProperty(boolean)}. */
    public ParameterValue booleanProperty(Value<Boolean> value) {
      return set("Boolean", value);
    }

    /**
     * A control parameter that is a double.
     *
     * <p>CloudFormation property {@code Double}.
     */
    public ParameterValue doubleProperty(double value) {
      return set("Double", Value.of(value));
    }

    /** Sets {@code Double} to this value; see {@link #doubleProperty(double)}. */
    public ParameterValue doubleProperty(Value<Double> value) {
      return set("Double", value);
    }

    /**
     * A control parameter that is an enum.
     *
     * <p>CloudFormation property {@code Enum}.
     */
    public ParameterValue enumProperty(String value) {
      return set("Enum", Value.of(value));
    }

    /** Sets {@code Enum} to this value; see {@link #enumProperty(String)}. */
    public ParameterValue enumProperty(Value<String> value) {
      return set("Enum", value);
    }

    /**
     * A control parameter that is a list of enums.
     *
     * <p>CloudFormation property {@code EnumList}.
     */
    public ParameterValue enumList(List<String> value) {
      return set("EnumList", Value.listOf(value));
    }

    /** Sets {@code EnumList} to this value; see {@link #enumList(List)}. */
    public ParameterValue enumList(Value<List<String>> value) {
      return set("EnumList", value);
    }

    /**
     * A control parameter that is an integer.
     *
     * <p>CloudFormation property {@code Integer}.
     */
    public ParameterValue integer(int value) {
      return set("Integer", Value.of(value));
    }

    /** Sets {@code Integer} to this value; see {@link #integer(int)}. */
    public ParameterValue integer(Value<Integer> value) {
      return set("Integer", value);
    }

    /**
     * A control parameter that is a list of integers.
     *
     * <p>CloudFormation property {@code IntegerList}.
     */
    public ParameterValue integerList(List<Integer> value) {
      return set("IntegerList", Value.listOf(value));
    }

    /** Sets {@code IntegerList} to this value; see {@link #integerList(List)}. */
    public ParameterValue integerList(Value<List<Integer>> value) {
      return set("IntegerList", value);
    }

    /**
     * A control parameter that is a string.
     *
     * <p>CloudFormation property {@code String}.
     */
    public ParameterValue string(String value) {
      return set("String", Value.of(value));
    }

    /** Sets {@code String} to this value; see {@link #string(String)}. */
    public ParameterValue string(Value<String> value) {
      return set("String", value);
    }

    /**
     * A control parameter that is a list of strings.
     *
     * <p>CloudFormation property {@code StringList}.
     */
    public ParameterValue stringList(List<String> value) {
      return set("StringList", Value.listOf(value));
    }

    /** Sets {@code StringList} to this value; see {@link #stringList(List)}. */
    public ParameterValue stringList(Value<List<String>> value) {
      return set("StringList", value);
    }
  }

  /**
   * An object that defines how AWS Security Hub CSPM is configured. It includes whether Security
   * Hub CSPM is enabled or disabled, a list of enabled security standards, a list of enabled or
   * disabled security controls, and a list of custom parameter values for specified controls. If
   * you provide a list of security controls that are enabled in the configuration policy, Security
   * Hub CSPM disables all other controls (including newly released controls). If you provide a list
   * of security controls that are disabled in the configuration policy, Security Hub CSPM enables
   * all other controls (including newly released controls).
   *
   * <p>Property type {@code AWS::SecurityHub::ConfigurationPolicy.Policy}.
   */
  public static final class Policy extends Struct<Policy> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::ConfigurationPolicy.Policy");

    public Policy() {
      super(SCHEMA);
    }

    /**
     * The AWS service that the configuration policy applies to.
     *
     * <p>CloudFormation property {@code SecurityHub}.
     */
    public Policy securityHub(Value<SecurityHubPolicy> value) {
      return set("SecurityHub", value);
    }
  }

  /**
   * A list of security controls and control parameter values that are included in a configuration
   * policy.
   *
   * <p>Property type {@code AWS::SecurityHub::ConfigurationPolicy.SecurityControlCustomParameter}.
   */
  public static final class SecurityControlCustomParameter extends Struct<SecurityControlCustomParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConfigurationPolicy.SecurityControlCustomParameter")
        .constrain("SecurityControlId", Constraint.of().maxLength(2048))
        .build();

    public SecurityControlCustomParameter() {
      super(SCHEMA);
    }

    /**
     * An object that specifies parameter values for a control in a configuration policy.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public SecurityControlCustomParameter parameters(Map<String, ParameterConfiguration> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public SecurityControlCustomParameter parameters(Value<Map<String, ParameterConfiguration>> value) {
      return set("Parameters", value);
    }

    /**
     * The ID of the security control.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code SecurityControlId}.
     */
    public SecurityControlCustomParameter securityControlId(String value) {
      return set("SecurityControlId", Value.of(value));
    }

    /** Sets {@code SecurityControlId} to this value; see {@link #securityControlId(String)}. */
    public SecurityControlCustomParameter securityControlId(Value<String> value) {
      return set("SecurityControlId", value);
    }
  }

  /**
   * An object that defines which security controls are enabled in an AWS Security Hub CSPM
   * configuration policy. The enablement status of a control is aligned across all of the enabled
   * standards in an account.
   *
   * <p>This property is required only if <code>ServiceEnabled</code> is set to <code>true</code> in
   * your configuration policy.
   *
   * <p>Property type {@code AWS::SecurityHub::ConfigurationPolicy.SecurityControlsConfiguration}.
   */
  public static final class SecurityControlsConfiguration extends Struct<SecurityControlsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConfigurationPolicy.SecurityControlsConfiguration")
        .constrain("DisabledSecurityControlIdentifiers", Constraint.of().maxLength(2048))
        .constrain("EnabledSecurityControlIdentifiers", Constraint.of().maxLength(2048))
        .build();

    public SecurityControlsConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of security controls that are disabled in the configuration policy.
     *
     * <p>Provide only one of <code>EnabledSecurityControlIdentifiers</code> or
     * <code>DisabledSecurityControlIdentifiers</code> .
     *
     * <p>If you provide <code>DisabledSecurityControlIdentifiers</code> , Security Hub CSPM enables
     * all other controls not in the list, and enables <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateSecurityHubConfiguration.html#securityhub-UpdateSecurityHubConfiguration-request-AutoEnableControls">AutoEnableControls</a>
     * .
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code
     * DisabledSecurityControlIdentifiers}.
     */
    public SecurityControlsConfiguration disabledSecurityControlIdentifiers(List<String> value) {
      return set("DisabledSecurityControlIdentifiers", Value.listOf(value));
    }

    /**
     * Sets {@code DisabledSecurityControlIdentifiers} to this value; see {@link
     * #disabledSecurityControlIdentifiers(List)}.
     */
    public SecurityControlsConfiguration disabledSecurityControlIdentifiers(Value<List<String>> value) {
      return set("DisabledSecurityControlIdentifiers", value);
    }

    /**
     * A list of security controls that are enabled in the configuration policy.
     *
     * <p>Provide only one of <code>EnabledSecurityControlIdentifiers</code> or
     * <code>DisabledSecurityControlIdentifiers</code> .
     *
     * <p>If you provide <code>EnabledSecurityControlIdentifiers</code> , Security Hub CSPM disables
     * all other controls not in the list, and disables <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_UpdateSecurityHubConfiguration.html#securityhub-UpdateSecurityHubConfiguration-request-AutoEnableControls">AutoEnableControls</a>
     * .
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code
     * EnabledSecurityControlIdentifiers}.
     */
    public SecurityControlsConfiguration enabledSecurityControlIdentifiers(List<String> value) {
      return set("EnabledSecurityControlIdentifiers", Value.listOf(value));
    }

    /**
     * Sets {@code EnabledSecurityControlIdentifiers} to this value; see {@link
     * #enabledSecurityControlIdentifiers(List)}.
     */
    public SecurityControlsConfiguration enabledSecurityControlIdentifiers(Value<List<String>> value) {
      return set("EnabledSecurityControlIdentifiers", value);
    }

    /**
     * A list of security controls and control parameter values that are included in a configuration
     * policy.
     *
     * <p>CloudFormation property {@code SecurityControlCustomParameters}.
     */
    public SecurityControlsConfiguration securityControlCustomParameters(List<SecurityControlCustomParameter> value) {
      return set("SecurityControlCustomParameters", Value.listOf(value));
    }

    /**
     * Sets {@code SecurityControlCustomParameters} to this value; see {@link
     * #securityControlCustomParameters(List)}.
     */
    public SecurityControlsConfiguration securityControlCustomParameters(Value<List<SecurityControlCustomParameter>> value) {
      return set("SecurityControlCustomParameters", value);
    }

    /**
     * Sets {@code SecurityControlCustomParameters} to a list of these; see {@link
     * #securityControlCustomParameters(List)}.
     */
    public SecurityControlsConfiguration securityControlCustomParameters(SecurityControlCustomParameter... values) {
      return set("SecurityControlCustomParameters", Value.list(values));
    }
  }

  /**
   * An object that defines how AWS Security Hub CSPM is configured. The configuration policy
   * includes whether Security Hub CSPM is enabled or disabled, a list of enabled security
   * standards, a list of enabled or disabled security controls, and a list of custom parameter
   * values for specified controls. If you provide a list of security controls that are enabled in
   * the configuration policy, Security Hub CSPM disables all other controls (including newly
   * released controls). If you provide a list of security controls that are disabled in the
   * configuration policy, Security Hub CSPM enables all other controls (including newly released
   * controls).
   *
   * <p>Property type {@code AWS::SecurityHub::ConfigurationPolicy.SecurityHubPolicy}.
   */
  public static final class SecurityHubPolicy extends Struct<SecurityHubPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConfigurationPolicy.SecurityHubPolicy")
        .constrain("EnabledStandardIdentifiers", Constraint.of().maxLength(2048))
        .build();

    public SecurityHubPolicy() {
      super(SCHEMA);
    }

    /**
     * A list that defines which security standards are enabled in the configuration policy.
     *
     * <p>This property is required only if <code>ServiceEnabled</code> is set to <code>true</code>
     * in your configuration policy.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code
     * EnabledStandardIdentifiers}.
     */
    public SecurityHubPolicy enabledStandardIdentifiers(List<String> value) {
      return set("EnabledStandardIdentifiers", Value.listOf(value));
    }

    /**
     * Sets {@code EnabledStandardIdentifiers} to this value; see {@link
     * #enabledStandardIdentifiers(List)}.
     */
    public SecurityHubPolicy enabledStandardIdentifiers(Value<List<String>> value) {
      return set("EnabledStandardIdentifiers", value);
    }

    /**
     * An object that defines which security controls are enabled in the configuration policy. The
     * enablement status of a control is aligned across all of the enabled standards in an account.
     *
     * <p>This property is required only if <code>ServiceEnabled</code> is set to true in your
     * configuration policy.
     *
     * <p>CloudFormation property {@code SecurityControlsConfiguration}.
     */
    public SecurityHubPolicy securityControlsConfiguration(Value<SecurityControlsConfiguration> value) {
      return set("SecurityControlsConfiguration", value);
    }

    /**
     * Indicates whether Security Hub CSPM is enabled in the policy.
     *
     * <p>CloudFormation property {@code ServiceEnabled}.
     */
    public SecurityHubPolicy serviceEnabled(boolean value) {
      return set("ServiceEnabled", Value.of(value));
    }

    /** Sets {@code ServiceEnabled} to this value; see {@link #serviceEnabled(boolean)}. */
    public SecurityHubPolicy serviceEnabled(Value<Boolean> value) {
      return set("ServiceEnabled", value);
    }
  }
}
