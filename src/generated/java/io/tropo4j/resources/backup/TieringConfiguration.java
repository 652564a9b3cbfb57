// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backup;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::Backup::TieringConfiguration
 *
 * <p>CloudFormation type {@code AWS::Backup::TieringConfiguration}.
 */
public final class TieringConfiguration extends Resource<TieringConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::TieringConfiguration")
      .required("BackupVaultName", "ResourceSelection", "TieringConfigurationName")
      .refYields("TieringConfigurationName")
      .attributes("CreationTime", "LastUpdatedTime", "TieringConfigurationArn")
      .tags("TieringConfigurationTags", Schema.TagForm.MAP)
      .build();

  public TieringConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Required. CloudFormation property {@code BackupVaultName}. */
  public TieringConfiguration backupVaultName(String value) {
    return set("BackupVaultName", Value.of(value));
  }

  /** Sets {@code BackupVaultName} to this value; see {@link #backupVaultName(String)}. */
  public TieringConfiguration backupVaultName(Value<String> value) {
    return set("BackupVaultName", value);
  }

  /** Required. CloudFormation property {@code ResourceSelection}. */
  public TieringConfiguration resourceSelection(List<ResourceSelection> value) {
    return set("ResourceSelection", Value.listOf(value));
  }

  /** Sets {@code ResourceSelection} to this value; see {@link #resourceSelection(List)}. */
  public TieringConfiguration resourceSelection(Value<List<ResourceSelection>> value) {
    return set("ResourceSelection", value);
  }

  /** Sets {@code ResourceSelection} to a list of these; see {@link #resourceSelection(List)}. */
  public TieringConfiguration resourceSelection(ResourceSelection... values) {
    return set("ResourceSelection", Value.list(values));
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code
   * TieringConfigurationName}.
   */
  public TieringConfiguration tieringConfigurationName(String value) {
    return set("TieringConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code TieringConfigurationName} to this value; see {@link
   * #tieringConfigurationName(String)}.
   */
  public TieringConfiguration tieringConfigurationName(Value<String> value) {
    return set("TieringConfigurationName", value);
  }

  /** CloudFormation property {@code TieringConfigurationTags}. */
  public TieringConfiguration tieringConfigurationTags(Map<String, String> value) {
    return set("TieringConfigurationTags", Value.mapOf(value));
  }

  /**
   * Sets {@code TieringConfigurationTags} to this value; see {@link
   * #tieringConfigurationTags(Map)}.
   */
  public TieringConfiguration tieringConfigurationTags(Value<Map<String, String>> value) {
    return set("TieringConfigurationTags", value);
  }

  /**
   * Sets {@code TieringConfigurationTags} to the tags, as a map of key to value; see {@link
   * #tieringConfigurationTags(Map)}.
   */
  public TieringConfiguration tieringConfigurationTags(Tags tags) {
    return set("TieringConfigurationTags", tags.asMap());
  }

  /** {@code Fn::GetAtt} attribute {@code CreationTime}. */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /** {@code Fn::GetAtt} attribute {@code LastUpdatedTime}. */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code TieringConfigurationArn}. */
  public Value<String> tieringConfigurationArn() {
    return getAtt("TieringConfigurationArn");
  }

  /** Property type {@code AWS::Backup::TieringConfiguration.ResourceSelection}. */
  public static final class ResourceSelection extends Struct<ResourceSelection> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::TieringConfiguration.ResourceSelection")
        .required("ResourceType", "Resources", "TieringDownSettingsInDays")
        .build();

    public ResourceSelection() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ResourceType}. */
    public ResourceSelection resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public ResourceSelection resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /** Required. CloudFormation property {@code Resources}. */
    public ResourceSelection resources(List<String> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public ResourceSelection resources(Value<List<String>> value) {
      return set("Resources", value);
    }

    /** Required. CloudFormation property {@code TieringDownSettingsInDays}. */
    public ResourceSelection tieringDownSettingsInDays(int value) {
      return set("TieringDownSettingsInDays", Value.of(value));
    }

    /**
     * Sets {@code TieringDownSettingsInDays} to this value; see {@link
     * #tieringDownSettingsInDays(int)}.
     */
    public ResourceSelection tieringDownSettingsInDays(Value<Integer> value) {
      return set("TieringDownSettingsInDays", value);
    }
  }
}
