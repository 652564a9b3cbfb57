// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.inspectorv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a scan configuration for code security scanning.
 *
 * <p>CloudFormation type {@code AWS::InspectorV2::CodeSecurityScanConfiguration}.
 */
public final class CodeSecurityScanConfiguration extends Resource<CodeSecurityScanConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityScanConfiguration")
      .allowed("Level", "ORGANIZATION", "ACCOUNT")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_$:.]*$").minLength(1).maxLength(60))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public CodeSecurityScanConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration settings for the code security scan.
   *
   * <p>CloudFormation property {@code Configuration}.
   */
  public CodeSecurityScanConfiguration configuration(Value<CodeSecurityScanConfigurationProperty> value) {
    return set("Configuration", value);
  }

  /**
   * The security level for the scan configuration.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ORGANIZATION}, {@code ACCOUNT}.
   * CloudFormation property {@code Level}.
   */
  public CodeSecurityScanConfiguration level(String value) {
    return set("Level", Value.of(value));
  }

  /** Sets {@code Level} to this value; see {@link #level(String)}. */
  public CodeSecurityScanConfiguration level(Value<String> value) {
    return set("Level", value);
  }

  /**
   * The name of the scan configuration.
   *
   * <p>Changing it replaces the resource. Length: 1 to 60 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_$:.]*$}. CloudFormation property {@code Name}.
   */
  public CodeSecurityScanConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CodeSecurityScanConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The scope settings that define which repositories will be scanned.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ScopeSettings}.
   */
  public CodeSecurityScanConfiguration scopeSettings(Value<ScopeSettings> value) {
    return set("ScopeSettings", value);
  }

  /**
   * The tags to apply to the scan configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CodeSecurityScanConfiguration tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public CodeSecurityScanConfiguration tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public CodeSecurityScanConfiguration tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the scan configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains the configuration settings for code security scans.
   *
   * <p>Property type {@code
   * AWS::InspectorV2::CodeSecurityScanConfiguration.CodeSecurityScanConfiguration}.
   */
  public static final class CodeSecurityScanConfigurationProperty extends Struct<CodeSecurityScanConfigurationProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityScanConfiguration.CodeSecurityScanConfiguration")
        .required("ruleSetCategories")
        .allowed("ruleSetCategories", "SAST", "IAC", "SCA")
        .build();

    public CodeSecurityScanConfigurationProperty() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for continuous integration scans that run automatically when code
     * changes are made.
     *
     * <p>CloudFormation property {@code continuousIntegrationScanConfiguration}.
     */
    public CodeSecurityScanConfigurationProperty continuousIntegrationScanConfiguration(Value<ContinuousIntegrationScanConfiguration> value) {
      return set("continuousIntegrationScanConfiguration", value);
    }

    /**
     * Configuration settings for periodic scans that run on a scheduled basis.
     *
     * <p>CloudFormation property {@code periodicScanConfiguration}.
     */
    public CodeSecurityScanConfigurationProperty periodicScanConfiguration(Value<PeriodicScanConfiguration> value) {
      return set("periodicScanConfiguration", value);
    }

    /**
     * The categories of security rules to be applied during the scan.
     *
     * <p>Required. Allowed values: {@code SAST}, {@code IAC}, {@code SCA}. CloudFormation property
     * {@code ruleSetCategories}.
     */
    public CodeSecurityScanConfigurationProperty ruleSetCategories(List<String> value) {
      return set("ruleSetCategories", Value.listOf(value));
    }

    /** Sets {@code ruleSetCategories} to this value; see {@link #ruleSetCategories(List)}. */
    public CodeSecurityScanConfigurationProperty ruleSetCategories(Value<List<String>> value) {
      return set("ruleSetCategories", value);
    }
  }

  /**
   * Configuration settings for continuous integration scans that run automatically when code
   * changes are made.
   *
   * <p>Property type {@code
   * AWS::InspectorV2::CodeSecurityScanConfiguration.ContinuousIntegrationScanConfiguration}.
   */
  public static final class ContinuousIntegrationScanConfiguration extends Struct<ContinuousIntegrationScanConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityScanConfiguration.ContinuousIntegrationScanConfiguration")
        .required("supportedEvents")
        .allowed("supportedEvents", "PULL_REQUEST", "PUSH")
        .build();

    public ContinuousIntegrationScanConfiguration() {
      super(SCHEMA);
    }

    /**
     * The repository events that trigger continuous integration scans, such as pull requests or
     * commits.
     *
     * <p>Required. Allowed values: {@code PULL_REQUEST}, {@code PUSH}. CloudFormation property
     * {@code supportedEvents}.
     */
    public ContinuousIntegrationScanConfiguration supportedEvents(List<String> value) {
      return set("supportedEvents", Value.listOf(value));
    }

    /** Sets {@code supportedEvents} to this value; see {@link #supportedEvents(List)}. */
    public ContinuousIntegrationScanConfiguration supportedEvents(Value<List<String>> value) {
      return set("supportedEvents", value);
    }
  }

  /**
   * Configuration settings for periodic scans that run on a scheduled basis.
   *
   * <p>Property type {@code
   * AWS::InspectorV2::CodeSecurityScanConfiguration.PeriodicScanConfiguration}.
   */
  public static final class PeriodicScanConfiguration extends Struct<PeriodicScanConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityScanConfiguration.PeriodicScanConfiguration")
        .allowed("frequency", "WEEKLY", "MONTHLY", "NEVER")
        .constrain("frequencyExpression", Constraint.of().minLength(1).maxLength(256))
        .build();

    public PeriodicScanConfiguration() {
      super(SCHEMA);
    }

    /**
     * The frequency at which periodic scans are performed (such as weekly or monthly).
     *
     * <p>If you don't provide the <code>frequencyExpression</code> Amazon Inspector chooses day for
     * the scan to run. If you provide the <code>frequencyExpression</code> , the schedule must
     * match the specified <code>frequency</code> .
     *
     * <p>Allowed values: {@code WEEKLY}, {@code MONTHLY}, {@code NEVER}. CloudFormation property
     * {@code frequency}.
     */
    public PeriodicScanConfiguration frequency(String value) {
      return set("frequency", Value.of(value));
    }

    /** Sets {@code frequency} to this value; see {@link #frequency(String)}. */
    public PeriodicScanConfiguration frequency(Value<String> value) {
      return set("frequency", value);
    }

    /**
     * The schedule expression for periodic scans, in cron format.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code frequencyExpression}.
     */
    public PeriodicScanConfiguration frequencyExpression(String value) {
      return set("frequencyExpression", Value.of(value));
    }

    /** Sets {@code frequencyExpression} to this value; see {@link #frequencyExpression(String)}. */
    public PeriodicScanConfiguration frequencyExpression(Value<String> value) {
      return set("frequencyExpression", value);
    }
  }

  /**
   * The scope settings that define which repositories will be scanned. If the
   * <code>ScopeSetting</code> parameter is <code>ALL</code> the scan configuration applies to all
   * existing and future projects imported into Amazon Inspector .
   *
   * <p>Property type {@code AWS::InspectorV2::CodeSecurityScanConfiguration.ScopeSettings}.
   */
  public static final class ScopeSettings extends Struct<ScopeSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityScanConfiguration.ScopeSettings")
        .allowed("projectSelectionScope", "ALL")
        .build();

    public ScopeSettings() {
      super(SCHEMA);
    }

    /**
     * The scope of projects to be selected for scanning within the integrated repositories.
     *
     * <p>Allowed values: {@code ALL}. CloudFormation property {@code projectSelectionScope}.
     */
    public ScopeSettings projectSelectionScope(String value) {
      return set("projectSelectionScope", Value.of(value));
    }

    /**
     * Sets {@code projectSelectionScope} to this value; see {@link #projectSelectionScope(String)}.
     */
    public ScopeSettings projectSelectionScope(Value<String> value) {
      return set("projectSelectionScope", value);
    }
  }
}
