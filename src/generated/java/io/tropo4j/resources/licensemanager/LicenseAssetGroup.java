// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.licensemanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::LicenseManager::LicenseAssetGroup
 *
 * <p>CloudFormation type {@code AWS::LicenseManager::LicenseAssetGroup}.
 */
public final class LicenseAssetGroup extends Resource<LicenseAssetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::LicenseAssetGroup")
      .required("AssociatedLicenseAssetRulesetARNs", "LicenseAssetGroupConfigurations", "Name")
      .constrain("AssociatedLicenseAssetRulesetARNs", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$").maxLength(2048))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(0).maxLength(128))
      .refYields("LicenseAssetGroupArn")
      .attributes("LicenseAssetGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LicenseAssetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * ARNs of associated license asset rulesets.
   *
   * <p>Required. Length: at most 2048 characters. Pattern: {@code
   * ^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.-]{0,1023}$}.
   * CloudFormation property {@code AssociatedLicenseAssetRulesetARNs}.
   */
  public LicenseAssetGroup associatedLicenseAssetRulesetARNs(List<String> value) {
    return set("AssociatedLicenseAssetRulesetARNs", Value.listOf(value));
  }

  /**
   * Sets {@code AssociatedLicenseAssetRulesetARNs} to this value; see {@link
   * #associatedLicenseAssetRulesetARNs(List)}.
   */
  public LicenseAssetGroup associatedLicenseAssetRulesetARNs(Value<List<String>> value) {
    return set("AssociatedLicenseAssetRulesetARNs", value);
  }

  /**
   * License asset group description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public LicenseAssetGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LicenseAssetGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * License asset group configurations.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * LicenseAssetGroupConfigurations}.
   */
  public LicenseAssetGroup licenseAssetGroupConfigurations(List<LicenseAssetGroupConfiguration> value) {
    return set("LicenseAssetGroupConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code LicenseAssetGroupConfigurations} to this value; see {@link
   * #licenseAssetGroupConfigurations(List)}.
   */
  public LicenseAssetGroup licenseAssetGroupConfigurations(Value<List<LicenseAssetGroupConfiguration>> value) {
    return set("LicenseAssetGroupConfigurations", value);
  }

  /**
   * Sets {@code LicenseAssetGroupConfigurations} to a list of these; see {@link
   * #licenseAssetGroupConfigurations(List)}.
   */
  public LicenseAssetGroup licenseAssetGroupConfigurations(LicenseAssetGroupConfiguration... values) {
    return set("LicenseAssetGroupConfigurations", Value.list(values));
  }

  /**
   * License asset group name.
   *
   * <p>Required. Length: 0 to 128 characters. CloudFormation property {@code Name}.
   */
  public LicenseAssetGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public LicenseAssetGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * License asset group properties.
   *
   * <p>CloudFormation property {@code Properties}.
   */
  public LicenseAssetGroup propertiesProperty(List<LicenseAssetGroupProperty> value) {
    return set("Properties", Value.listOf(value));
  }

  /** Sets {@code Properties} to this value; see {@link #propertiesProperty(List)}. */
  public LicenseAssetGroup propertiesProperty(Value<List<LicenseAssetGroupProperty>> value) {
    return set("Properties", value);
  }

  /** Sets {@code Properties} to a list of these; see {@link #propertiesProperty(List)}. */
  public LicenseAssetGroup propertiesProperty(LicenseAssetGroupProperty... values) {
    return set("Properties", Value.list(values));
  }

  /**
   * Tags to add to the license asset group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LicenseAssetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LicenseAssetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LicenseAssetGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Amazon Resource Name (ARN) of the license asset group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LicenseAssetGroupArn}.
   */
  public Value<String> licenseAssetGroupArn() {
    return getAtt("LicenseAssetGroupArn");
  }

  /**
   * Property type {@code AWS::LicenseManager::LicenseAssetGroup.LicenseAssetGroupConfiguration}.
   */
  public static final class LicenseAssetGroupConfiguration extends Struct<LicenseAssetGroupConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::LicenseManager::LicenseAssetGroup.LicenseAssetGroupConfiguration");

    public LicenseAssetGroupConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code UsageDimension}. */
    public LicenseAssetGroupConfiguration usageDimension(String value) {
      return set("UsageDimension", Value.of(value));
    }

    /** Sets {@code UsageDimension} to this value; see {@link #usageDimension(String)}. */
    public LicenseAssetGroupConfiguration usageDimension(Value<String> value) {
      return set("UsageDimension", value);
    }
  }

  /** Property type {@code AWS::LicenseManager::LicenseAssetGroup.LicenseAssetGroupProperty}. */
  public static final class LicenseAssetGroupProperty extends Struct<LicenseAssetGroupProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::LicenseManager::LicenseAssetGroup.LicenseAssetGroupProperty");

    public LicenseAssetGroupProperty() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Key}. */
    public LicenseAssetGroupProperty key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public LicenseAssetGroupProperty key(Value<String> value) {
      return set("Key", value);
    }

    /** CloudFormation property {@code Value}. */
    public LicenseAssetGroupProperty value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public LicenseAssetGroupProperty value(Value<String> value) {
      return set("Value", value);
    }
  }
}
